import { create } from 'qrcode/lib/core/qrcode.js';
import { render } from 'qrcode/lib/renderer/svg-tag.js';

/**
 * An inline SVG QR code of a URL, made at build time (no request at view time). Hidden from
 * assistive technologies: the page prints the URL next to it.
 */
export function qrSvg(url: string): string {
  const svg = render(create(url, { errorCorrectionLevel: 'M' }), { margin: 1 });
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
