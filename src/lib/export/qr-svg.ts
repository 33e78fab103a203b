import QRCode from 'qrcode';

/**
 * An inline SVG QR code of a URL, made at build time (no request at view time). Hidden from
 * assistive technologies: the page prints the URL next to it.
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
