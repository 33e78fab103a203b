import type { Commune } from '../domain/commune.ts';
import type { Issue } from '../domain/issue.ts';
import type { Occurrence } from '../domain/occurrence.ts';
import type { PlaceEntry } from '../domain/place.ts';
import { SourceSchema, type FeedFormat, type Source } from '../domain/source.ts';
import type { Taxonomy } from '../domain/taxonomy.ts';
import { sortOccurrences } from './normalise/normalise-events.ts';
import { readFeedBody } from './read-feed-body.ts';
import { formatFromName, sniffFeedContent } from './sniff-feed.ts';
import type { FeedParsers, FeedWindow } from './types.ts';

/** Id of the source made up for a feed that is not in the registry. */
export const CHECK_SOURCE_ID = 'verification';

/** What the checker needs: the feed, how to read it, and the directory to resolve places against. */
export interface CheckFeedInput {
  bytes: Uint8Array;
  /** File name or URL, for the format when it is not given. */
  name: string;
  /** Forced format (`--format`), else from the source, the name's extension, or the content. */
  format?: FeedFormat | undefined;
  /** The registry's source for this feed, when it is one of them (its defaults apply). */
  source?: Source | undefined;
  places: readonly PlaceEntry[];
  communes: readonly Commune[];
  taxonomy: Taxonomy;
  now: Date;
  window: FeedWindow;
  parsers?: FeedParsers;
}

/** The checker's answer: the occurrences the site would publish and every problem met. */
export interface CheckFeedResult {
  format: FeedFormat;
  events: Occurrence[];
  issues: Issue[];
  /** `true` when the feed cannot be used at all. */
  fatal: boolean;
}

/** A source for a feed that is not in the registry: no defaults. */
export function syntheticSource(format: FeedFormat): Source {
  return SourceSchema.parse({
    id: CHECK_SOURCE_ID,
    name: 'Flux vérifié',
    organisation: CHECK_SOURCE_ID,
    format,
    path: 'feeds/verification',
  });
}

/** Format of a feed: forced, else the source's, else the name's extension, else sniffed (iCalendar or table). */
export function detectFormat(input: Pick<CheckFeedInput, 'bytes' | 'name' | 'format' | 'source'>): FeedFormat {
  const fromName = formatFromName(input.name);
  return input.format ?? input.source?.format ?? fromName ?? (sniffFeedContent(input.bytes) === 'ics' ? 'ics' : 'csv');
}

/**
 * Runs exactly the nightly pipeline's reading of one feed (`readFeedBody`), as the partner's
 * checker does (in Node and in the browser): same parsers, same budget, same place resolution, same ids.
 */
export function checkFeed(input: CheckFeedInput): CheckFeedResult {
  const format = detectFormat(input);
  const source = input.source ?? syntheticSource(format);
  const reading = readFeedBody(input.bytes, {
    source: { ...source, format },
    window: input.window,
    now: input.now,
    places: input.places,
    communes: input.communes,
    taxonomy: input.taxonomy,
    firstSeen: new Map(),
    ...(input.parsers && { parsers: input.parsers }),
  });
  if (reading.kind === 'refused') return { format, events: [], issues: reading.issues, fatal: true };
  return { format, events: sortOccurrences(reading.occurrences), issues: reading.issues, fatal: false };
}
