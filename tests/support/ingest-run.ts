import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runIngest, type IngestOptions } from '../../scripts/ingest/run-ingest.ts';
import type { FetchOptions } from '../../scripts/ingest/fetch-feed.ts';
import { SourceEventsSchema, StatusFileSchema, type SourceStatus } from '../../src/lib/domain/index.ts';

/** Fetch limits for tests: short, no real pauses. */
export const TEST_FETCH_OPTIONS: Partial<FetchOptions> = {
  timeoutMs: 2_000,
  retries: 1,
  backoffMs: 1,
  sleep: () => Promise.resolve(),
};

/** Runs the ingest in-process on a content folder at `now`, with the test fetch limits. */
export const ingestAt = (contentDir: string, now: string, extra: Partial<IngestOptions> = {}) =>
  runIngest({ contentDir, now: new Date(now), fetchOptions: TEST_FETCH_OPTIONS, ...extra });

/** The raw bytes of a source's events file. */
export const eventsBytes = (contentDir: string, id: string) => readFile(path.join(contentDir, 'events', `${id}.json`));

/** A source's events file, validated. */
export async function eventsOf(contentDir: string, id: string) {
  return SourceEventsSchema.parse(JSON.parse(await readFile(path.join(contentDir, 'events', `${id}.json`), 'utf8')));
}

/** A source's line of `status.json`, validated. */
export async function statusOf(contentDir: string, id: string): Promise<SourceStatus> {
  const file = StatusFileSchema.parse(JSON.parse(await readFile(path.join(contentDir, 'status.json'), 'utf8')));
  const line = file.sources.find((s) => s.sourceId === id);
  if (line === undefined) throw new Error(`no status line for ${id}`);
  return line;
}

/**
 * An iCalendar feed of `series` weekly sessions (Wednesdays 14:00–16:00 in Paris from 4 November
 * 2026, no end), each series its own UID: about 57 dates per series in a window.
 */
export function weeklyFeed(series: number, title = 'Atelier'): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Repères//tests//FR'];
  for (let i = 0; i < series; i++) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:serie-${i}@tests`,
      'DTSTAMP:20261101T080000Z',
      `DTSTART;TZID=Europe/Paris:202611${String(4 + (i % 3)).padStart(2, '0')}T140000`,
      `DTEND;TZID=Europe/Paris:202611${String(4 + (i % 3)).padStart(2, '0')}T160000`,
      'RRULE:FREQ=WEEKLY',
      `SUMMARY:${title} ${i}`,
      'LOCATION:Médiathèque de Janzé',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}
