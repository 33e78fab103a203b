/** Which occurrences are still to come at a given instant (the clock is a parameter). */
import { whenToEpoch } from '../time/zoned-time.ts';
import type { When } from '../format/format-when.ts';

/** Start, then id: the order of every listing. */
export function compareByStart<T extends When & { id: string }>(a: T, b: T): number {
  const sa = whenToEpoch(a.start);
  const sb = whenToEpoch(b.start);
  return sa !== sb ? sa - sb : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** `true` while the occurrence has not ended at `now` (an all-day end is midnight of its exclusive end day). */
export function isUpcoming(occurrence: When, now: Date): boolean {
  return whenToEpoch(occurrence.end) > now.getTime();
}

/** The occurrences not yet ended at `now`, sorted by start then id. Cancelled ones are kept. */
export function upcomingOccurrences<T extends When & { id: string }>(occurrences: readonly T[], now: Date): T[] {
  return occurrences.filter((o) => isUpcoming(o, now)).sort(compareByStart);
}
