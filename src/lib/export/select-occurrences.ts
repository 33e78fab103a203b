import type { Occurrence } from '../domain/index.ts';
import { compareByStart } from '../agenda/upcoming.ts';
import { whenToEpoch } from '../time/zoned-time.ts';

/** Occurrences that end after `from` and start before `to` (epoch bounds, half-open), in their order. */
export function overlapping(occurrences: readonly Occurrence[], from: number, to: number): Occurrence[] {
  return occurrences.filter((o) => whenToEpoch(o.end) > from && whenToEpoch(o.start) < to);
}

/** How long a past occurrence stays in the published calendars, so subscribers keep recent history. */
export const CALENDAR_KEEP_DAYS = 30;
/** How far ahead the subscription calendars (whole agenda, commune, theme) reach: about six months. */
export const CALENDAR_AHEAD_DAYS = 183;

const DAY_MS = 86_400_000;

/**
 * The occurrences a published calendar carries, sorted by start: what ended in the last 30 days
 * (a subscribed calendar deletes what disappears from the feed) and what starts in the next
 * `aheadDays` days (`null`: everything the data holds, for the calendar of one event).
 */
export function calendarOccurrences(
  occurrences: readonly Occurrence[],
  now: Date,
  aheadDays: number | null = CALENDAR_AHEAD_DAYS,
): Occurrence[] {
  const since = now.getTime() - CALENDAR_KEEP_DAYS * DAY_MS;
  const until = aheadDays === null ? Number.POSITIVE_INFINITY : now.getTime() + aheadDays * DAY_MS;
  return overlapping(occurrences, since, until).sort(compareByStart);
}
