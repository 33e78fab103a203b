/**
 * Text of a partner's file from its bytes, the one way the project decodes files: the encodings
 * calendars and spreadsheets arrive in, and the test that tells text from a binary file.
 */

/** How the bytes of a file were read. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Text of a file and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** The UTF-16 a byte-order mark announces (Excel's "Texte Unicode" export), or `null`. */
function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Text of a file's bytes: UTF-16 when a byte-order mark says so, UTF-8 (with or without a
 * byte-order mark) when the bytes are valid UTF-8, else Windows-1252 (old Outlook exports, and
 * what Excel writes by default in France). The decoder's own byte-order mark is dropped. Never throws.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16 !== null) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
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
