import type { FeedFormat } from '../domain/source.ts';
import { parseCsvFeed } from './csv/parse-csv-feed.ts';
import { parseIcsFeed } from './ics/parse-ics-feed.ts';
import { sniffFeedContent, unusableContentReason } from './sniff-feed.ts';
import type { FeedParsers, ParseOptions, ParseResult } from './types.ts';

/** The parsers shipped: one per feed format. */
export const feedParsers = { ics: parseIcsFeed, csv: parseCsvFeed } satisfies FeedParsers;

/**
 * Parses one feed with the parser of its format. Content that is empty, HTML or binary is
 * refused before any parser sees it, with a French reason. `parsers` is a parameter for tests.
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
  return parsers[format](input, options);
}
