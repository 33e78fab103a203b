import { describe, expect, it } from 'vitest';
import { generateDailySeriesFeed } from '../../../scripts/bench/generate-hostile-feeds.ts';
import { budgetOf, DEFAULT_FEED_BUDGET, SourceRegistrySchema } from '../../../src/lib/domain/index.ts';
import { parseCsvFeed } from '../../../src/lib/ingest/csv/parse-csv-feed.ts';
import { feedWindowAround } from '../../../src/lib/ingest/feed-window.ts';
import { parseIcsFeed } from '../../../src/lib/ingest/ics/parse-ics-feed.ts';
import { readFeedBody } from '../../../src/lib/ingest/read-feed-body.ts';
import { communes, makeSource, places, taxonomy } from '../../support/ingest-fixtures.ts';

const now = new Date('2026-11-28T03:00:00+01:00');
const window = feedWindowAround(now);
const encode = (text: string) => new TextEncoder().encode(text);
const options = (budget: { events: number; occurrences: number }) => ({
  sourceId: 't',
  timeZone: 'Europe/Paris',
  window,
  budget,
});

describe('parseIcsFeed within a budget', () => {
  it('refuses more VEVENTs than the budget before reading them, counting them all', () => {
    const result = parseIcsFeed(encode(generateDailySeriesFeed(40, now)), options({ events: 39, occurrences: 1e6 }));
    expect(result).toMatchObject({ fatal: true, events: [], eventCount: 40 });
    expect(result.refusal).toEqual({
      kind: 'over-budget',
      field: 'events',
      limit: 39,
      detail: 'budget.events dépassé : 40 pour une limite de 39 (à relever dans sources.yaml si le flux est légitime)',
    });
    expect(result.issues[0]?.message).toMatch(/^Le flux contient plus de 39 événements/);
  });

  it('stops expanding at the first occurrence past the budget, across series', () => {
    const result = parseIcsFeed(encode(generateDailySeriesFeed(3, now)), options({ events: 10, occurrences: 500 }));
    expect(result).toMatchObject({ fatal: true, eventCount: 3, refusal: { field: 'occurrences', limit: 500 } });
    expect(result.refusal?.detail).toContain('au moins 501');
  });

  it('reads a feed within its budget as usual, with its count of VEVENTs', () => {
    const result = parseIcsFeed(encode(generateDailySeriesFeed(3, now)), options({ events: 3, occurrences: 3 * 400 }));
    expect(result).toMatchObject({ fatal: false, eventCount: 3 });
    expect(result.events.length).toBeGreaterThan(3 * 360);
    expect(result.refusal).toBeUndefined();
  });
});

describe('parseCsvFeed within a budget', () => {
  const rows = (n: number) =>
    ['Titre;Date', ...Array.from({ length: n }, (_, i) => `Atelier ${i};02/12/2026`)].join('\n') + '\n';

  it('refuses more data rows than the budget', () => {
    const result = parseCsvFeed(encode(rows(6)), options({ events: 5, occurrences: 100 }));
    expect(result).toMatchObject({ fatal: true, eventCount: 6, refusal: { field: 'events', limit: 5 } });
  });

  it('refuses more dates than the budget, the dates of one row included', () => {
    const many = `Titre;Horaires ISO\nAtelier;${Array.from({ length: 30 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}T14:00:00+01:00 -> 2026-12-${String(i + 1).padStart(2, '0')}T16:00:00+01:00`).join(' | ')}\n`;
    const result = parseCsvFeed(encode(many), options({ events: 5, occurrences: 20 }));
    expect(result).toMatchObject({ fatal: true, refusal: { field: 'occurrences', limit: 20 } });
    expect(parseCsvFeed(encode(rows(5)), options({ events: 5, occurrences: 5 }))).toMatchObject({
      fatal: false,
      eventCount: 5,
    });
  });
});

describe('readFeedBody', () => {
  const read = (text: string, budget: Record<string, number>) =>
    readFeedBody(encode(text), {
      source: makeSource({ format: 'ics', budget }),
      window,
      now,
      places,
      communes,
      taxonomy,
      firstSeen: new Map(),
    });

  it('refuses more series than the budget, and says what the read used', () => {
    const reading = read(generateDailySeriesFeed(4, now), { series: 3 });
    expect(reading).toMatchObject({ kind: 'refused', usage: { events: 4, series: 4 } });
    expect(reading.issues[0]?.message).toMatch(/^Le flux contient plus de 3 événements différents/);
  });

  it('reads a body within its budget and counts bytes, events, occurrences and series', () => {
    const text = generateDailySeriesFeed(2, now);
    const reading = read(text, {});
    expect(reading.kind).toBe('read');
    expect(reading.usage).toMatchObject({ bytes: encode(text).length, events: 2, series: 2 });
    expect(reading.usage.occurrences).toBeGreaterThan(2 * 360);
  });
});

describe('the budget in sources.yaml', () => {
  it('fills every field from the defaults, then the registry block, then the source’s own', () => {
    const entry = { id: 'a', name: 'A', organisation: 'a', format: 'ics', path: 'feeds/a.ics' };
    const registry = SourceRegistrySchema.parse({
      budget: { occurrences: 30_000 },
      hold: { nights: 5 },
      sources: [entry, { ...entry, id: 'b', budget: { series: 10 }, hold: { share: 0.8 } }],
    });
    expect(registry.sources.map((s) => budgetOf(s))).toEqual([
      { ...DEFAULT_FEED_BUDGET, occurrences: 30_000 },
      { ...DEFAULT_FEED_BUDGET, occurrences: 30_000, series: 10 },
    ]);
    expect(registry.sources.map((s) => s.hold)).toEqual([
      { share: 0.5, nights: 5, minUpcoming: 10 },
      { share: 0.8, nights: 5, minUpcoming: 10 },
    ]);
    expect(SourceRegistrySchema.parse({ sources: [] })).toMatchObject({ budget: DEFAULT_FEED_BUDGET });
    expect(SourceRegistrySchema.safeParse({ budget: { bytes: -1 }, sources: [] }).success).toBe(false);
  });
});
