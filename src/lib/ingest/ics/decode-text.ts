/** How the bytes of a feed were read. */
export type TextEncodingName = 'utf-8' | 'windows-1252';

/** Text of a feed and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Text of a feed's bytes: UTF-8 (with or without a byte-order mark) when the bytes are valid
 * UTF-8, else Windows-1252 (old Outlook and Excel exports). Never throws.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: every byte has a meaning in Windows-1252, so this cannot fail.
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * `true` when the text looks binary (NUL bytes or many control characters in its first kilobytes),
 * as a PDF, an image or a zip sent instead of a calendar.
 */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 4_096);
  if (head.includes('\u0000')) return true;
  // eslint-disable-next-line no-control-regex
  const controls = head.match(/[\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return head.length > 0 && controls / head.length > 0.05;
}
