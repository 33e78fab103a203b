import type { Occurrence } from '../domain/index.ts';
import { compareByStart } from '../agenda/upcoming.ts';
import { whenToEpoch } from '../time/zoned-time.ts';

/** Occurrences that end after `from` and start before `to` (epoch bounds, half-open), in their order. */
export function overlapping(occurrences: readonly Occurrence[], from: number, to: number): Occurrence[] {
  return occurrences.filter((o) => whenToEpoch(o.end) > from && whenToEpoch(o.start) < to);
}

/** How long a past occurrence stays in the published calendars, so subscribers keep recent history. */
export const CALENDAR_KEEP_DAYS = 30;

/**
 * The occurrences a published calendar carries: everything still to come, and what ended in the
 * last 30 days (a subscribed calendar deletes what disappears from the feed), sorted by start.
 */
export function calendarOccurrences(occurrences: readonly Occurrence[], now: Date): Occurrence[] {
  const since = now.getTime() - CALENDAR_KEEP_DAYS * 86_400_000;
  return overlapping(occurrences, since, Number.POSITIVE_INFINITY).sort(compareByStart);
}
