/** Text encodings a partner's spreadsheet may arrive in. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A decoded file: its text, with line breaks made `\n` and the byte-order mark removed. */
export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
}

function decodeWith(encoding: CsvEncoding, bytes: Uint8Array, fatal: boolean): string {
  // The decoder drops a byte-order mark of its own encoding.
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

function detectEncoding(bytes: Uint8Array): CsvEncoding {
  const [b0, b1] = bytes;
  // Excel's "Texte Unicode" export: UTF-16 with a byte-order mark.
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  try {
    decodeWith('utf-8', bytes, true);
    return 'utf-8';
  } catch {
    // Not valid UTF-8: Excel on Windows saves "CSV (séparateur : point-virgule)" in Windows-1252.
    return 'windows-1252';
  }
}

/**
 * Text of a CSV file: UTF-8 with or without byte-order mark, UTF-16 with a byte-order mark, else
 * Windows-1252 (what Excel writes by default in France). Line breaks (`\r\n`, lone `\r` from old Mac
 * Excel) become `\n`, so every line break counts as one line, inside quoted cells too.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  const encoding = detectEncoding(bytes);
  const text = decodeWith(encoding, bytes, false)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  return { text, encoding };
}
