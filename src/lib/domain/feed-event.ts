import type { OccurrenceStatus } from './occurrence.ts';

/**
 * One dated instance as read from a feed, before normalisation: what the parsers (iCalendar,
 * CSV) produce and `normaliseFeedEvents` turns into Occurrences. Plain text everywhere.
 */
export interface FeedEvent {
  /** UID of the event (iCalendar) or a stable key of the row (CSV). */
  uid: string;
  /** Instant of this instance in its series (`RECURRENCE-ID`), ISO; `null` for a single event. */
  recurrenceId: string | null;
  title: string;
  description: string | null;
  /** ISO date-time with Europe/Paris offset, or a date when `allDay`. */
  start: string;
  /** Same form as `start`; exclusive for all-day. */
  end: string;
  allDay: boolean;
  status: OccurrenceStatus;
  location: string | null;
  /** Street address when the feed gives it separately (CSV). */
  address: string | null;
  /** Commune name or postal code as written in the feed (CSV), or `null`. */
  communeText: string | null;
  /** Coordinates from GEO or latitude/longitude columns. */
  coordinates: { lat: number; lon: number } | null;
  /** Checked URL (http(s)/mailto/tel) or `null`. */
  url: string | null;
  registration: string | null;
  price: string | null;
  /** CATEGORIES, theme or category cells: words to map onto themes. */
  categories: string[];
  /** Public cells: words to map onto publics. */
  publicsText: string[];
  /** LAST-MODIFIED or DTSTAMP, ISO with offset, or `null`. */
  updatedAt: string | null;
  /** 1-based line in the file where the event (or row) starts, when known. */
  line: number | null;
}
