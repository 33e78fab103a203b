import { decodeBytes, type DecodedText } from '../../text/decode-bytes.ts';

/**
 * Text of a CSV file, decoded as every feed is (decodeBytes: UTF-8, UTF-16 with a byte-order mark,
 * else Windows-1252), with any leftover byte-order mark removed and line breaks (`\r\n`, lone `\r`
 * from old Mac Excel) made `\n`, so every line break counts as one line, inside quoted cells too.
 */
export function readCsvText(bytes: Uint8Array): DecodedText {
  const { text, encoding } = decodeBytes(bytes);
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), encoding };
}
