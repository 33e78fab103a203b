import { startOfDateEpoch, toZonedDate } from '../time/zoned-time.ts';
import type { FeedWindow } from './types.ts';

/** Days kept before "now": recent past events stay visible a while. */
export const WINDOW_DAYS_BEFORE = 30;
/** Days kept after "now". */
export const WINDOW_DAYS_AFTER = 365;

const DAY_MS = 86_400_000;

/**
 * The ingest window around `now`: `[now − 30 days, now + 365 days)`, both ends moved to 00:00
 * Europe/Paris so that two runs on the same day read the same occurrences.
 */
export function feedWindowAround(now: Date): FeedWindow {
  const at = (days: number) => new Date(startOfDateEpoch(toZonedDate(now.getTime() + days * DAY_MS)));
  return { from: at(-WINDOW_DAYS_BEFORE), to: at(WINDOW_DAYS_AFTER) };
}

/** A window from two `YYYY-MM-DD` dates, at 00:00 Europe/Paris. */
export function feedWindowBetween(from: string, to: string): FeedWindow {
  return { from: new Date(startOfDateEpoch(from)), to: new Date(startOfDateEpoch(to)) };
}
