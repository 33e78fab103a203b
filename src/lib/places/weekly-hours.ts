import { formatDayLabel } from '../format/format-date.ts';
import { describeIntervals } from './day-openings.ts';
import { hoursText } from '../site/strings/hours.ts';
import { PARIS, startOfDateEpoch, toZonedDate } from '../time/zoned-time.ts';
import type OpeningHours from 'opening_hours';
import { openIntervals, type OpenInterval } from './open-intervals.ts';

/** One line of the weekly hours: `mardi` → `14 h – 18 h`. */
export interface HoursRow {
  /** A weekday (`mardi`) when every week is the same, else a date (`mercredi 9 décembre`). */
  day: string;
  /** The openings of that day (`10 h – 12 h, 14 h – 18 h`). */
  hours: string;
}

const DAY_MS = 86_400_000;
const WEEKS = 4;
const weekdayName = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: PARIS });
const dateName = { format: (epochMs: number) => formatDayLabel(toZonedDate(epochMs)) };

/** The openings of each day of the next `WEEKS` weeks, in words, keyed by date. */
function openingsByDate(intervals: readonly OpenInterval[]): Map<string, string> {
  const byDate = new Map<string, OpenInterval[]>();
  for (const interval of intervals) {
    const date = toZonedDate(interval[0]);
    byDate.set(date, [...(byDate.get(date) ?? []), interval]);
  }
  return new Map([...byDate].map(([date, list]) => [date, describeIntervals(list)]));
}

/**
 * The weekly hours in French words, Monday first, from an OSM `opening_hours` value, over the four
 * weeks from `now`: a weekday whose hours repeat every week is one line (`mardi`), followed by its
 * one closed date if a holiday falls on it; a day that changes more (2nd and 4th Wednesdays) is said
 * date by date. Days always closed are left out.
 */
export function weeklyHours(value: string | OpeningHours, now: Date): HoursRow[] {
  const from = startOfDateEpoch(toZonedDate(now.getTime()));
  const to = from + WEEKS * 7 * DAY_MS + 3_600_000;
  const openings = openingsByDate(openIntervals(value, from, to));
  const days = Array.from({ length: WEEKS * 7 }, (_, i) =>
    startOfDateEpoch(toZonedDate(from + i * DAY_MS + 3_600_000)),
  );
  const rows: HoursRow[] = [];
  for (let isoDay = 1; isoDay <= 7; isoDay++) {
    const sameWeekday = days.filter((d) => (new Date(d + 12 * 3_600_000).getUTCDay() || 7) === isoDay);
    const texts = sameWeekday.map((d) => openings.get(toZonedDate(d)) ?? '');
    const [first] = sameWeekday;
    if (first === undefined || texts.every((t) => t === '')) continue;
    const open = texts.filter((t) => t !== '');
    if (open.every((t) => t === open[0]) && texts.length - open.length <= 1) {
      // The same every week but one closed day (a public holiday): one line, and the exception.
      rows.push({ day: weekdayName.format(first), hours: open[0] ?? '' });
      sameWeekday.forEach((d, i) => {
        if (texts[i] === '') rows.push({ day: dateName.format(d), hours: hoursText.closedDay });
      });
      continue;
    }
    sameWeekday.forEach((d, i) => {
      const hours = texts[i] ?? '';
      if (hours !== '') rows.push({ day: dateName.format(d), hours });
    });
  }
  return rows;
}
