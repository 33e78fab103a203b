import { formatTimeOfDay } from './time-of-day.ts';
import { PARIS, toZonedDate, wallTimeAt, whenToEpoch } from '../time/zoned-time.ts';

const dayFormat = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: PARIS });

/** A day in French (`mercredi 3 décembre`), `1er` for the first of the month. */
export function formatDayFr(epochMs: number): string {
  return dayFormat.format(epochMs).replace(/ 1 /, ' 1er ');
}

/**
 * When an occurrence happens, in French: `mercredi 3 décembre, 14 h – 16 h`, or the day alone
 * when all-day.
 */
export function formatWhenFr(start: string, end: string, allDay: boolean): string {
  const from = whenToEpoch(start);
  if (allDay) return formatDayFr(from);
  const to = whenToEpoch(end);
  const clock = (t: number) => {
    const w = wallTimeAt(t);
    return formatTimeOfDay(w.hour, w.minute);
  };
  const sameDay = toZonedDate(from) === toZonedDate(to - 1);
  return sameDay
    ? `${formatDayFr(from)}, ${clock(from)} – ${clock(to)}`
    : `${formatDayFr(from)}, ${clock(from)} – ${formatDayFr(to)}, ${clock(to)}`;
}
