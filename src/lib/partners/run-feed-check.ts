/**
 * One check of a partner's feed, as the checker page runs it in the browser: the very same
 * `checkFeed` as `npm run check-feed` and the nightly run (same parsers, same normalisation,
 * same window around `now`), then the report the page shows.
 */
import { DEFAULT_FEED_BUDGET } from '../domain/source.ts';
import { checkFeed } from '../ingest/check-feed.ts';
import { feedWindowAround } from '../ingest/feed-window.ts';
import type { CheckerDirectory } from './checker-directory.ts';
import { toCheckReport, type CheckReport } from './check-report.ts';

/** Largest feed checked: the nightly read's default limit, over which a feed is refused. */
export const CHECKER_MAX_BYTES = DEFAULT_FEED_BUDGET.bytes;

/** A feed to check: its bytes and its name (a file name or a link, for the format; `''` for pasted text). */
export interface FeedToCheck {
  bytes: Uint8Array;
  name: string;
}

/** Checks a feed at `now` against the site's directory. Never throws on bad input. */
export function runFeedCheck(feed: FeedToCheck, directory: CheckerDirectory, now: Date): CheckReport {
  const result = checkFeed({
    bytes: feed.bytes,
    name: feed.name,
    places: directory.places,
    communes: directory.communes,
    taxonomy: directory.taxonomy,
    now,
    window: feedWindowAround(now),
  });
  return toCheckReport(result, directory, now);
}
