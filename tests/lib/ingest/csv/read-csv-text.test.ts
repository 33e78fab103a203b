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

  it('turns every kind of line break into one \\n', () => {
    expect(readCsvText(new TextEncoder().encode('a\rb\r\nc\nd\r\r\ne')).text).toBe('a\nb\nc\nd\n\ne');
  });
});
