import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from '../../../src/lib/text/decode-bytes.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it('reads valid UTF-8 as UTF-8, dropping its byte-order mark', () => {
    expect(decodeBytes(utf8('Médiathèque'))).toEqual({ text: 'Médiathèque', encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Café')]))).toEqual({
      text: 'Café',
      encoding: 'utf-8',
    });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, curly quotes and œ included', () => {
    // "Café – cœur ’" in Windows-1252.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x63, 0x9c, 0x75, 0x72, 0x20, 0x92]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Café – cœur ’', encoding: 'windows-1252' });
  });

  it('reads UTF-16 announced by a byte-order mark, in both byte orders', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toEqual({
      text: 'Aé',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9]))).toEqual({
      text: 'Aé',
      encoding: 'utf-16be',
    });
  });

  it('leaves line breaks as they are', () => {
    expect(decodeBytes(utf8('a\r\nb\rc')).text).toBe('a\r\nb\rc');
  });

  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('looksBinary', () => {
  it('finds NUL characters or many control characters, as in a PDF or an image', () => {
    expect(looksBinary('%PDF-1.7\u0000\u0001')).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003\u0004abc')).toBe(true);
  });

  it('takes a calendar, a table and an empty text for text', () => {
    expect(looksBinary('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\tfolded line\r\n')).toBe(false);
    expect(looksBinary('Titre;Date\nAtelier;03/12/2026\n')).toBe(false);
    expect(looksBinary('')).toBe(false);
  });
});
