import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IssueSchema, OccurrenceSchema } from '../../../src/lib/domain/index.ts';
import { checkFeed, CHECK_SOURCE_ID, detectFormat } from '../../../src/lib/ingest/check-feed.ts';
import { feedWindowAround } from '../../../src/lib/ingest/feed-window.ts';
import { communes, makeSource, places, taxonomy } from '../../support/ingest-fixtures.ts';
import { root } from '../../support/paths.ts';

const now = new Date('2026-11-28T10:00:00+01:00');
const bytes = (text: string) => new TextEncoder().encode(text);
const check = (content: Uint8Array, name: string, extra: Partial<Parameters<typeof checkFeed>[0]> = {}) =>
  checkFeed({ bytes: content, name, places, communes, taxonomy, now, window: feedWindowAround(now), ...extra });

const corpusDir = path.join(root, 'tests/fixtures/corpus');
const corpus = readdirSync(corpusDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(?:ics|csv|txt)$/.test(f))
  .sort();

describe('detectFormat', () => {
  it('takes the forced format, else the source’s, else the extension, else the content', () => {
    const ics = bytes('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(detectFormat({ bytes: ics, name: 'agenda.csv', format: 'ics' })).toBe('ics');
    expect(detectFormat({ bytes: ics, name: 'agenda.ics', source: makeSource({ format: 'csv' }) })).toBe('csv');
    expect(detectFormat({ bytes: ics, name: 'agenda.csv' })).toBe('csv');
    expect(detectFormat({ bytes: ics, name: 'https://exemple.fr/export' })).toBe('ics');
    expect(detectFormat({ bytes: bytes('Titre;Date\n'), name: 'export' })).toBe('csv');
  });
});

describe('checkFeed', () => {
  it('reads a feed that is not in the registry through a source without defaults', () => {
    const result = check(
      bytes('Titre;Date;Début;Lieu\nAtelier tablette;02/12/2026;14h;Médiathèque de Janzé\n'),
      'export.csv',
    );
    expect(result).toMatchObject({ format: 'csv', fatal: false, issues: [] });
    expect(result.events).toEqual([
      expect.objectContaining({
        sourceId: CHECK_SOURCE_ID,
        placeId: 'mediatheque-janze',
        themes: ['bases'],
        demo: false,
      }),
    ]);
  });

  it('applies the defaults of the registry’s source when the feed is one of them', () => {
    const source = makeSource({ id: 'fablab', format: 'csv', defaults: { themes: ['fabrication'], commune: '35002' } });
    const [event] = check(bytes('Titre;Date;Début\nPortes ouvertes;02/12/2026;14h\n'), 'x.csv', { source }).events;
    expect(event).toMatchObject({ sourceId: 'fablab', themes: ['fabrication'], commune: '35002' });
  });

  it('says the feed is unusable when it is a web page', () => {
    const result = check(bytes('<!DOCTYPE html><html></html>'), 'agenda.ics');
    expect(result).toMatchObject({ fatal: true, events: [] });
    expect(result.issues[0]?.message).toMatch(/page web/);
  });

  it.each(corpus)(
    'answers the contract without throwing for the corpus file %s: valid occurrences and issues',
    (file) => {
      const result = check(readFileSync(path.join(corpusDir, file)), file);
      for (const event of result.events) expect(OccurrenceSchema.safeParse(event).success).toBe(true);
      for (const issue of result.issues) expect(IssueSchema.safeParse(issue).success).toBe(true);
    },
  );
});
