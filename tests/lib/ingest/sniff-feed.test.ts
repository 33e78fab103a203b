import { describe, expect, it } from 'vitest';
import { formatFromName, sniffFeedContent } from '../../../src/lib/ingest/sniff-feed.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffFeedContent', () => {
  it.each([
    ['\uFEFFBEGIN:VCALENDAR\r\nVERSION:2.0\r\n', 'ics'],
    ['Titre;Date;Lieu\n', 'csv'],
    ['<!DOCTYPE html><html><body>Connexion</body></html>', 'html'],
    ['  \n\t', 'empty'],
    ['Bonjour', 'text'],
  ])('tells what %j is', (text, kind) => {
    expect(sniffFeedContent(bytes(text))).toBe(kind);
  });

  it('recognises binary data (a PNG, a zip)', () => {
    expect(sniffFeedContent(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(
      'binary',
    );
    expect(sniffFeedContent(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]))).toBe('binary');
  });

  it('reads UTF-16 with a byte-order mark (Excel « Texte Unicode ») as text', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Titre\tDate\nAtelier\t02/12/2026\n', 'utf16le')]);
    expect(sniffFeedContent(le)).toBe('csv');
  });

  it('reads Windows-1252 accents as text, not binary', () => {
    expect(
      sniffFeedContent(Uint8Array.from([...bytes('Titre;Lieu\nCaf'), 0xe9, ...bytes(';M'), 0xe9, ...bytes('diath\n')])),
    ).toBe('csv');
  });
});

describe('formatFromName', () => {
  it('reads the format from a file name or a URL path', () => {
    expect(formatFromName('agenda.ICS')).toBe('ics');
    expect(formatFromName('https://exemple.fr/export.csv?token=1')).toBe('csv');
    expect(formatFromName('https://exemple.fr/calendar')).toBeNull();
  });
});
