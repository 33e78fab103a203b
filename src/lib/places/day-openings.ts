/**
 * The openings of one day, in words, from opening intervals: what the home page lists under
 * « Lieux ouverts … », at the build and again in the browser for the day of reading. No
 * `opening_hours` here: browser scripts import this file.
 */
import { formatTime } from '../format/format-date.ts';
import { toZonedDate } from '../time/zoned-time.ts';
import type { OpenInterval } from './open-intervals.ts';

/** Opening intervals in words: `9 h – 12 h 30, 13 h 30 – 17 h 30`. */
export function describeIntervals(intervals: readonly OpenInterval[]): string {
  return intervals.map(([start, end]) => `${formatTime(start)} – ${formatTime(end)}`).join(', ');
}

/** The openings of a day (`YYYY-MM-DD`, Paris) in words, or `''` when closed that day. */
export function hoursOn(intervals: readonly OpenInterval[], date: string): string {
  return describeIntervals(intervals.filter(([start]) => toZonedDate(start) === date));
}
