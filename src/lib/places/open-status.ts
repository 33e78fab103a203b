import { formatDayLabel, formatTime } from '../format/format-date.ts';
import { datesText } from '../site/strings/dates.ts';
import { hoursText } from '../site/strings/hours.ts';
import { PARIS, toZonedDate } from '../time/zoned-time.ts';
import type { OpenInterval } from './open-intervals.ts';

/** Whether a place is open at an instant, and until when or from when. */
export type OpenStatus = { state: 'open'; until: number } | { state: 'closed'; next: number } | { state: 'unknown' };

/** The status at `nowMs` from sorted opening intervals (the build computes them, the browser reads them). */
export function openStatusAt(intervals: readonly OpenInterval[], nowMs: number): OpenStatus {
  const current = intervals.find(([start, end]) => start <= nowMs && nowMs < end);
  if (current !== undefined) {
    // Back-to-back intervals (open across midnight) count as one opening.
    let until = current[1];
    for (const [start, end] of intervals) if (start === until) until = end;
    return { state: 'open', until };
  }
  const next = intervals.find(([start]) => start > nowMs);
  return next === undefined ? { state: 'unknown' } : { state: 'closed', next: next[0] };
}

const weekday = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: PARIS });
const DAY_MS = 86_400_000;

const timeAt = (epochMs: number): string => formatTime(epochMs);

/** When an opening comes, said from `nowMs`: `aujourd’hui`, `demain`, `mardi`, `le mardi 15 décembre`. */
function dayFrom(epochMs: number, nowMs: number): string {
  const date = toZonedDate(epochMs);
  if (date === toZonedDate(nowMs)) return datesText.today;
  if (date === toZonedDate(nowMs + DAY_MS)) return datesText.tomorrow;
  if (epochMs - nowMs < 6 * DAY_MS) return weekday.format(epochMs);
  return hoursText.onDay(formatDayLabel(date));
}

/** The status in words: `Ouvert maintenant, jusqu’à 18 h`, `Fermé, ouvre mardi à 14 h`. */
export function describeOpenStatus(status: OpenStatus, nowMs: number): string {
  if (status.state === 'open') {
    const sameDay = toZonedDate(status.until - 1) === toZonedDate(nowMs);
    return hoursText.open(`${sameDay ? '' : `${dayFrom(status.until, nowMs)} `}${timeAt(status.until)}`);
  }
  if (status.state === 'closed') return hoursText.closed(dayFrom(status.next, nowMs), timeAt(status.next));
  return hoursText.unknown;
}
