import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvFeed, MAX_CSV_ROWS, MAX_ROW_ISSUES } from '../../../../src/lib/ingest/csv/parse-csv-feed.ts';
import type { ParseOptions } from '../../../../src/lib/ingest/types.ts';
import { FIXTURE_WINDOW, listCsvFixturePairs, parseCsvFixture } from '../../../support/csv-fixture-pairs.ts';

const options: ParseOptions = { sourceId: 'test', timeZone: 'Europe/Paris', window: FIXTURE_WINDOW };
const utf8 = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, extra: Partial<ParseOptions> = {}) => parseCsvFeed(utf8(text), { ...options, ...extra });

describe('parseCsvFeed on the paired fixtures', () => {
  const pairs = listCsvFixturePairs();

  it('has a fixture for each quirk of the issue', () => {
    expect(pairs.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'excel-windows-1252',
        'utf8-bom-iso-dates',
        'tab-separated',
        'multiline-cells',
        'bad-rows',
        'english-headers',
        'openagenda-export',
        'column-mapping',
        'outlook-french-export',
        'excel-sep-line',
        'title-above-header',
        'private-and-window',
        'missing-date-column',
      ]),
    );
  });

  it.each(pairs.map((p) => [p.name, p] as const))('reads %s as expected', (_name, pair) => {
    const { events, issues, fatal } = parseCsvFixture(pair);
    const { expected } = pair;
    expect({ events, issues, fatal }).toEqual({
      events: expected.events,
      issues: expected.issues,
      fatal: expected.fatal,
    });
  });
});

describe('parseCsvFeed', () => {
  const table = [
    'Titre;Date;Début;Fin;Lieu',
    'Atelier A;03/12/2026;14h;16h;Médiathèque',
    'Atelier B;04/12/2026;10h;12h;FabLab',
    'Atelier C;05/12/2026;;;Mairie',
  ];

  it('gives each row the same id whatever the order of the rows', () => {
    const ids = (rows: string[]) =>
      Object.fromEntries(parse([table[0], ...rows].join('\n')).events.map((e) => [e.title, e.uid]));
    const forward = ids(table.slice(1));
    expect(ids(table.slice(1).reverse())).toEqual(forward);
    expect(new Set(Object.values(forward)).size).toBe(3);
  });

  it('counts the lines of a file saved with old Mac line breaks (CR only)', () => {
    const result = parse('Titre;Date\r\rAtelier;03/12/2026\r;\r;\rSans date;\r');
    expect(result.events.map((e) => e.line)).toEqual([3]);
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', line: 6 })]);
  });

  it('reads a UTF-16 file with byte-order mark (Excel "Texte Unicode")', () => {
    const text = '\uFEFFTitre\tDate\r\nRéunion d’équipe\t03/12/2026\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const result = parseCsvFeed(bytes, options);
    expect(result.events.map((e) => [e.title, e.start, e.allDay])).toEqual([['Réunion d’équipe', '2026-12-03', true]]);
  });

  it('rejects an empty file, a web page and a binary file as unusable, saying why in French', () => {
    for (const input of [
      '',
      '   \n',
      '<!DOCTYPE html><html><body>Erreur 404</body></html>',
      'Titre;Date\n\u0000\u0001',
    ]) {
      const result = parse(input);
      expect(result.fatal).toBe(true);
      expect(result.events).toEqual([]);
      expect(result.issues[0]?.message).toMatch(/vide|pas un tableau CSV/);
    }
  });

  it('names the headers found and the names expected when the title column is missing', () => {
    const result = parse('Chose;Date\nAtelier;03/12/2026\n');
    expect(result.fatal).toBe(true);
    expect(result.issues[0]?.message).toContain('« Chose », « Date »');
    expect(result.issues[0]?.message).toContain('« Titre »');
  });

  it('keeps the rows before an unclosed quote and reports its line', () => {
    const result = parse(
      'Titre;Date;Description\nAtelier;03/12/2026;ok\nAutre;04/12/2026;"oubli\nLigne;05/12/2026;x\n',
    );
    expect(result.events.map((e) => e.title)).toEqual(['Atelier']);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', line: 3, message: expect.stringContaining('guillemet') as string }),
    ]);
  });

  it('keeps only the occurrences overlapping the window, an event running across its start included', () => {
    const result = parse(
      [
        'Titre;Date;Date de fin',
        'Avant;30/10/2026;',
        'À cheval;30/10/2026;02/11/2026',
        'Dedans;01/11/2026;',
        'Après;01/11/2027;',
      ].join('\n'),
    );
    expect(result.events.map((e) => e.title)).toEqual(['À cheval', 'Dedans']);
  });

  it('reads American dates when the times are written 7:30 PM, and says so', () => {
    const result = parse('Subject,Start Date,Start Time,End Time\nTalk,12/03/2026,7:30 PM,9:00 PM\n');
    expect(result.events.map((e) => [e.start, e.end])).toEqual([
      ['2026-12-03T19:30:00+01:00', '2026-12-03T21:00:00+01:00'],
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('mois/jour') as string }),
    ]);
  });

  it('reads day-first dates when one of them proves it, even with AM/PM times', () => {
    const result = parse('Subject,Start Date,Start Time\nA,02/12/2026,7:30 PM\nB,13/12/2026,7:30 PM\n');
    expect(result.events.map((e) => e.start.slice(0, 10))).toEqual(['2026-12-02', '2026-12-13']);
  });

  it('reads wall times in the zone of the source', () => {
    const result = parse('Titre;Date;Début\nVisio;03/12/2026;14h\n', { timeZone: 'America/Martinique' });
    expect(result.events[0]?.start).toBe('2026-12-03T19:00:00+01:00');
  });

  it('marks cancelled and postponed rows cancelled, and provisional ones tentative, keeping them all', () => {
    const rows = ['Annulé', 'CANCELLED', 'Reporté', 'Programmé', 'à confirmer', ''].map(
      (s, i) => `A${i};03/12/2026;${s}`,
    );
    const result = parse(['Titre;Date;Statut', ...rows].join('\n'));
    expect(result.events.map((e) => e.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'confirmed',
      'tentative',
      'confirmed',
    ]);
  });

  it('reads wall times in Paris, with a warning, when the source names an unknown zone', () => {
    const result = parse('Titre;Date;Début\nVisio;03/12/2026;14h\n', { timeZone: 'Europe/Janze' });
    expect(result.events[0]?.start).toBe('2026-12-03T14:00:00+01:00');
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('« Europe/Janze »') as string }),
    ]);
  });

  it('reports a mapped column missing from the file and still reads the others', () => {
    const result = parse('Titre;Date\nAtelier;03/12/2026\n', { columns: { location: 'Salle' } });
    expect(result.events).toHaveLength(1);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'error', line: 1, message: expect.stringContaining('« Salle »') as string }),
    ]);
  });

  it(`stops after ${MAX_CSV_ROWS} rows with a warning`, () => {
    const rows = Array.from({ length: MAX_CSV_ROWS + 5 }, (_, i) => `Atelier ${i};03/12/2026`);
    const result = parse(['Titre;Date', ...rows].join('\n'));
    expect(result.events).toHaveLength(MAX_CSV_ROWS);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('50000') as string }),
    ]);
  });

  it(`reports at most ${MAX_ROW_ISSUES} rejected rows one by one, then counts the others`, () => {
    const rows = Array.from({ length: MAX_ROW_ISSUES + 7 }, () => 'Sans date;');
    const result = parse(['Titre;Date', ...rows].join('\n'));
    expect(result.issues).toHaveLength(MAX_ROW_ISSUES + 1);
    expect(result.issues.at(-1)?.message).toContain('7 autres lignes');
  });

  it('never throws and never publishes an event without title or start, whatever the bytes', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('03/12/2026', '14h30', '"a;b"', '"x\ny"', 'annulé', 'javascript:alert(1)'),
    );
    const rows = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });
    const text = fc
      .tuple(rows, fc.constantFrom(';', ',', '\t'))
      .map(([cells, d]) => [['Titre', 'Date', 'Début', 'Fin', 'Lien'], ...cells].map((r) => r.join(d)).join('\r\n'));
    fc.assert(
      fc.property(fc.oneof(text.map(utf8), fc.uint8Array({ maxLength: 300 })), (bytes) => {
        const result = parseCsvFeed(bytes, options);
        for (const e of result.events) {
          expect(e.title.length).toBeGreaterThan(0);
          expect(e.end >= e.start || e.allDay).toBe(true);
          expect(e.url === null || /^(https?:|mailto:|tel:)/i.test(e.url)).toBe(true);
        }
        for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
      }),
    );
  });
});
