import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../../../src/lib/ingest/csv/read-csv-text.ts';

describe('readCsvText', () => {
  it('reads UTF-8 with and without byte-order mark the same', () => {
    const text = 'Titre;Lieu\r\nAtelier;Médiathèque\r\n';
    const plain = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(readCsvText(plain)).toEqual({ text: 'Titre;Lieu\nAtelier;Médiathèque\n', encoding: 'utf-8' });
    expect(readCsvText(withBom)).toEqual(readCsvText(plain));
  });

  it('reads Excel’s Windows-1252 when the bytes are not UTF-8, curly quotes and œ included', () => {
    // "Café – cœur ’" in Windows-1252.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x63, 0x9c, 0x75, 0x72, 0x20, 0x92]);
    expect(readCsvText(bytes)).toEqual({ text: 'Café – cœur ’', encoding: 'windows-1252' });
  });

  it('turns every kind of line break into one \\n', () => {
    expect(readCsvText(new TextEncoder().encode('a\rb\r\nc\nd\r\r\ne')).text).toBe('a\nb\nc\nd\n\ne');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(readCsvText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toEqual({
      text: 'Aé',
      encoding: 'utf-16le',
    });
    expect(readCsvText(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]))).toEqual({
      text: 'Aé',
      encoding: 'utf-16be',
    });
  });
});
