import type { FeedFormat } from '../domain/source.ts';
import { parseCsvFeed } from './csv/parse-csv-feed.ts';
import { icsIncompleteness } from './feed-completeness.ts';
import { parseIcsFeed } from './ics/parse-ics-feed.ts';
import { createFeedEventCleaner, toSafeIssue } from './safe-text.ts';
import { sniffFeedContent, unusableContentReason } from './sniff-feed.ts';
import type { FeedParsers, ParseOptions, ParseResult } from './types.ts';

/** The parsers shipped: one per feed format. */
export const feedParsers = { ics: parseIcsFeed, csv: parseCsvFeed } satisfies FeedParsers;

/** The partner's message for a calendar cut short. */
export const INCOMPLETE_CALENDAR_MESSAGE =
  'Le calendrier reçu est incomplet (il s’arrête avant sa fin, « END:VCALENDAR ») : il est refusé et les données précédentes sont gardées. Si cela se répète, vérifiez que le lien donne le fichier entier.';

/**
 * Parses one feed with the parser of its format. Content that is empty, HTML or binary is
 * refused before any parser sees it, with a French reason, and so is a calendar cut short. Every
 * text field of every event, and every message, comes out safe for XML, JSON and iCalendar
 * (`createFeedEventCleaner`): this is the one place all formats go through. `parsers` is a parameter for tests.
 */
export function parseFeed(
  input: Uint8Array,
  format: FeedFormat,
  options: ParseOptions,
  parsers: FeedParsers = feedParsers,
): ParseResult {
  const reason = unusableContentReason(sniffFeedContent(input));
  if (reason !== null) {
    return { events: [], issues: [{ severity: 'error', message: `Flux illisible : ${reason}.` }], fatal: true };
  }
  const incomplete = format === 'ics' ? icsIncompleteness(input) : null;
  if (incomplete !== null) {
    return {
      events: [],
      issues: [{ severity: 'error', message: INCOMPLETE_CALENDAR_MESSAGE }],
      fatal: true,
      refusal: incomplete,
    };
  }
  const parsed = parsers[format](input, options);
  return { ...parsed, events: parsed.events.map(createFeedEventCleaner()), issues: parsed.issues.map(toSafeIssue) };
}
