import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue, Occurrence } from '../../src/lib/domain/index.ts';
import { dedupeOccurrences } from '../../src/lib/ingest/dedupe.ts';
import { feedWindowBetween } from '../../src/lib/ingest/feed-window.ts';
import { normaliseFeedEvents } from '../../src/lib/ingest/normalise/normalise-events.ts';
import { parseFeed } from '../../src/lib/ingest/parse-feed.ts';
import { toZonedDate, whenToEpoch } from '../../src/lib/time/zoned-time.ts';
import { readContent } from '../../src/loaders/read-content.ts';
import { root } from '../support/paths.ts';

const contentDir = path.join(root, 'content');
const content = await readContent(contentDir);
const feeds = await Promise.all(
  content.sources.map(async (source) => ({
    source,
    bytes: await readFile(path.join(contentDir, source.path ?? '')),
  })),
);

const DAY_MS = 86_400_000;
/** Build dates spread over seasons and years, school holidays included. */
const BUILD_DATES = ['2026-12-01', '2027-03-15', '2027-07-20', '2028-02-10', '2028-09-01'];

interface Run {
  occurrences: Occurrence[];
  issues: (Issue & { sourceId: string })[];
}

/** Runs every demo feed through the nightly parse and normalise steps, for the 30 days after `date`. */
function ingestDemoFeeds(date: string): Run {
  const to = toZonedDate(whenToEpoch(date) + 30 * DAY_MS + DAY_MS / 2);
  const window = feedWindowBetween(date, to);
  const run: Run = { occurrences: [], issues: [] };
  for (const { source, bytes } of feeds) {
    const options = { sourceId: source.id, window, timeZone: source.timeZone };
    const parsed = parseFeed(bytes, source.format, options);
    const normalised = normaliseFeedEvents(parsed.events, {
      source,
      ...content,
      now: window.from,
      firstSeen: new Map(),
    });
    run.occurrences.push(...normalised.occurrences);
    for (const issue of [...parsed.issues, ...normalised.issues]) run.issues.push({ ...issue, sourceId: source.id });
  }
  return run;
}

const runs = new Map(BUILD_DATES.map((date) => [date, ingestDemoFeeds(date)]));
const runOf = (date: string): Run => runs.get(date) ?? ingestDemoFeeds(date);
const startsOn = (o: Occurrence, day: string) => o.start.startsWith(day);

describe('the demo feeds (content/feeds, sources marked demo)', () => {
  it('are all marked as examples, one file per source, each a different partner kind', () => {
    expect(content.sources.length).toBeGreaterThanOrEqual(8);
    const kinds = new Set(
      content.sources.map((s) => content.places.find((p) => p.id === s.organisation)?.kind ?? 'inconnu'),
    );
    expect(kinds.size).toBeGreaterThanOrEqual(8);
    for (const source of content.sources) {
      expect(source.demo, source.id).toBe(true);
      expect(source.name, source.id).toMatch(/\(exemple\)$/);
    }
  });

  it.each(BUILD_DATES)('give at least 40 occurrences over at least 8 communes in the 30 days after %s', (date) => {
    const { occurrences } = runOf(date);
    const from = whenToEpoch(date);
    const upcoming = occurrences.filter((o) => {
      const start = whenToEpoch(o.start);
      return start >= from && start < from + 30 * DAY_MS && o.status !== 'cancelled';
    });
    expect(upcoming.length).toBeGreaterThanOrEqual(40);
    expect(new Set(upcoming.map((o) => o.commune)).size).toBeGreaterThanOrEqual(8);
    expect(upcoming.every((o) => o.demo)).toBe(true);
  });

  it.each(BUILD_DATES)('read without any error, every occurrence placed in a commune (%s)', (date) => {
    const { occurrences, issues } = runOf(date);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(occurrences.filter((o) => o.commune === null).map((o) => `${o.sourceId} : ${o.location ?? ''}`)).toEqual([]);
  });

  it('never publish the FabLab team meeting marked CLASS:PRIVATE', () => {
    const fablab = feeds.find((f) => f.source.id === 'fablab');
    const text = new TextDecoder().decode(fablab?.bytes);
    expect(text).toContain('CLASS:PRIVATE');
    expect(text).toContain('Réunion d’équipe FabLab');
    for (const { occurrences } of runs.values()) {
      expect(
        occurrences.filter((o) => /réunion d.équipe|bureau du fablab/i.test(`${o.title} ${o.location ?? ''}`)),
      ).toEqual([]);
    }
  });

  it('show the moved OpenLab, the skipped Christmas OpenLab and the cancelled beginners’ workshop', () => {
    const { occurrences } = runOf('2026-12-01');
    const retiers = occurrences.filter((o) => o.placeId === 'fablab-retiers' && o.title.startsWith('OpenLab'));
    expect(retiers.filter((o) => startsOn(o, '2026-12-10')).map((o) => o.start)).toEqual(['2026-12-10T14:00:00+01:00']);
    expect(retiers.filter((o) => startsOn(o, '2026-12-11'))).toEqual([]);
    const janze = occurrences.filter((o) => o.placeId === 'fablab-janze' && o.title.startsWith('OpenLab'));
    expect(janze.filter((o) => startsOn(o, '2026-12-24'))).toHaveLength(1);
    expect(janze.filter((o) => startsOn(o, '2026-12-25'))).toEqual([]);
    const cancelled = occurrences.filter((o) => o.status === 'cancelled');
    expect(cancelled.map((o) => [o.start, o.placeId])).toEqual([['2026-12-22T10:00:00+01:00', 'mediatheque-janze']]);
  });

  it('hold FabLab holiday courses in the summer and winter school holidays', () => {
    const stages = (date: string) =>
      runOf(date).occurrences.filter((o) => o.title.startsWith('Stage vacances') && o.placeId?.startsWith('fablab-'));
    expect(stages('2027-07-20').map((o) => o.start.slice(0, 10))).toEqual(
      expect.arrayContaining(['2027-07-20', '2027-07-21', '2027-07-22']),
    );
    expect(stages('2028-02-10').map((o) => o.start.slice(0, 10))).toEqual(['2028-02-15', '2028-02-16', '2028-02-17']);
    expect(stages('2026-12-01')).toEqual([]);
  });

  it('bring the FabLab éphémère to médiathèques of the south and the bus to communes without France Services', () => {
    const { occurrences } = runOf('2026-12-01');
    const ephemere = new Set(occurrences.filter((o) => o.title.includes('FabLab éphémère')).map((o) => o.placeId));
    expect([...ephemere].sort()).toEqual([
      'mediatheque-coesmes',
      'mediatheque-eance',
      'mediatheque-martigne-ferchaud',
      'mediatheque-thourie',
    ]);
    const bus = occurrences.filter((o) => o.sourceId === 'bus-france-services');
    const stops = content.places.find((p) => p.id === 'bus-france-services')?.stops ?? [];
    // The itinerary published in the directory and the one in the feed are the same.
    expect([...new Set(bus.map((o) => o.commune))].sort()).toEqual([...new Set(stops.map((s) => s.commune))].sort());
    expect(bus.length).toBe(2 * stops.length);
    expect(bus.some((o) => o.commune === '35239')).toBe(false);
  });

  it('merge the awareness session relayed by both the médiathèques and France Services into one', () => {
    const { occurrences } = runOf('2026-12-01');
    const session = (list: readonly Occurrence[]) =>
      list.filter((o) => o.title.includes('déjouer les arnaques') && startsOn(o, '2026-12-18'));
    expect(
      session(occurrences)
        .map((o) => o.sourceId)
        .sort(),
    ).toEqual(['france-services', 'mediatheques']);
    const merged = session(dedupeOccurrences(occurrences));
    expect(merged).toHaveLength(1);
    expect([merged[0]?.sourceId, ...(merged[0]?.alsoFrom ?? [])].sort()).toEqual(['france-services', 'mediatheques']);
  });

  it('read the Windows-1252 and UTF-8 spreadsheets with their accents and French dates', () => {
    const { occurrences } = runOf('2026-12-01');
    const pij = occurrences.find((o) => o.sourceId === 'pij' && startsOn(o, '2026-12-09'));
    expect(pij?.title).toBe('Réseaux sociaux : garder le contrôle de ses données');
    expect(pij?.placeId).toBe('mediatheque-retiers');
    const canopee = occurrences.find((o) => o.sourceId === 'la-canopee' && startsOn(o, '2026-12-03'));
    expect(canopee?.title).toBe('Cybersécurité : les bons réflexes pour les TPE');
    expect(canopee?.start).toBe('2026-12-03T09:00:00+01:00');
    expect(canopee?.publics).toContain('professionnels');
  });
});
