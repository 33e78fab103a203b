import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { FeedEvent } from '../../../../src/lib/domain/feed-event.ts';
import { parseIcsFeed } from '../../../../src/lib/ingest/ics/parse-ics-feed.ts';
import type { ParseResult } from '../../../../src/lib/ingest/types.ts';
import { root } from '../../../support/paths.ts';

/** The permissively licensed part of the shared corpus, copied with attribution. */
export const corpusDir = path.join(root, 'tests/fixtures/corpus/ics');

/** Every corpus file, as `source/file`. */
export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .flatMap((source) => readdirSync(path.join(corpusDir, source)).map((file) => `${source}/${file}`))
    .filter((file) => /\.(ics|txt)$/.test(file))
    .sort();
}

/** Parses a corpus file (or text) over `[from, to)`, instants or dates (read in UTC). */
export function parseCorpus(
  file: string,
  from: string,
  to: string,
  options: { timeZone?: string; seriesCap?: number; text?: string } = {},
): ParseResult {
  const input =
    options.text === undefined ? readFileSync(path.join(corpusDir, file)) : new TextEncoder().encode(options.text);
  return parseIcsFeed(input, {
    sourceId: 'corpus',
    window: { from: new Date(from), to: new Date(to) },
    timeZone: options.timeZone ?? 'Europe/Paris',
    ...(options.seriesCap === undefined ? {} : { seriesCap: options.seriesCap }),
  });
}

/** An instance's start as a UTC instant (`2020-08-25T14:35Z`), or its date when all-day. */
export const utcStart = (event: FeedEvent): string => utcOf(event.start);
export const utcEnd = (event: FeedEvent): string => utcOf(event.end);
function utcOf(when: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(when) ? when : new Date(when).toISOString().slice(0, 16) + 'Z';
}

/** The recurrence id as a UTC instant, or its date. */
export const utcRecurrence = (event: FeedEvent): string | null =>
  event.recurrenceId === null ? null : utcOf(event.recurrenceId);
