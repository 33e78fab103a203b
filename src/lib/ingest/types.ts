import type { FeedEvent } from '../domain/feed-event.ts';
import type { Issue } from '../domain/issue.ts';
import type { CsvField, FeedFormat } from '../domain/source.ts';

/** The period occurrences are kept for: those overlapping `[from, to)`. */
export interface FeedWindow {
  from: Date;
  to: Date;
}

/** Most occurrences one series may produce inside the window before expansion stops with a warning. */
export const DEFAULT_SERIES_CAP = 1_000;

/** The limits a parser enforces while reading (bytes are counted before, series after). */
export interface ParseBudget {
  /** Most VEVENTs (iCalendar) or data rows (CSV): past it, the feed is refused before expansion. */
  events: number;
  /** Most occurrences kept in the window: expansion stops at the first one past it. */
  occurrences: number;
}

/** Why a parser refused a feed that it could otherwise read: it is incomplete, or over a budget. */
export type FeedRefusal =
  | { kind: 'incomplete'; detail: string }
  | { kind: 'over-budget'; field: keyof ParseBudget; limit: number; detail: string };

/** What a parser needs besides the bytes. */
export interface ParseOptions {
  /** Source id, for messages. */
  sourceId: string;
  /** Occurrences overlapping this window are kept. */
  window: FeedWindow;
  /** Zone of floating times when the feed names none (IANA, default Europe/Paris). */
  timeZone: string;
  /** Per-series expansion cap inside the window (default DEFAULT_SERIES_CAP). */
  seriesCap?: number;
  /** CSV: header of the column of each field, overriding detection. */
  columns?: Partial<Record<CsvField, string>>;
  /** Limits enforced while reading; none when absent (tests, the benchmark's baseline). */
  budget?: ParseBudget;
}

/** What a parser returns: events it could read, the problems met, and whether the feed is unusable. */
export interface ParseResult {
  events: FeedEvent[];
  issues: Issue[];
  /** `true` when the input is not a usable feed at all (not a calendar, not a table, unreadable). */
  fatal: boolean;
  /** VEVENTs or data rows met (counted even when the feed is refused for having too many). */
  eventCount?: number;
  /** Set (with `fatal`) when a readable feed is refused: cut short, or over its budget. */
  refusal?: FeedRefusal;
}

/** A feed parser: pure, synchronous, never throws on bad input (problems become issues). */
export type FeedParser = (input: Uint8Array, options: ParseOptions) => ParseResult;

/** Parsers by format; `parse-feed.ts` dispatches on this. */
export type FeedParsers = Record<FeedFormat, FeedParser>;
