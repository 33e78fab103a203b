/*
 * The two parts of the `qrcode` package the posters use, imported alone: its entry point also
 * loads a PNG encoder whose start-up cost every build paid for nothing.
 */
declare module 'qrcode/lib/core/qrcode.js' {
  /** The QR code of a text: its modules (dark or light) in a `size` × `size` square. */
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): unknown;
}
declare module 'qrcode/lib/renderer/svg-tag.js' {
  /** The SVG markup of a QR code made by `create`. */
  export function render(qrData: unknown, options?: { margin?: number }): string;
}
