/** When an occurrence happens, in French: "mercredi 3 décembre, 14 h – 16 h", all-day and multi-day ranges. */
import { datesText } from '../site/strings/dates.ts';
import { addDays } from '../time/calendar-date.ts';
import { PARIS } from '../time/zoned-time.ts';
import { dayOf, formatDayLabel, formatTime } from './format-date.ts';

/** The dates of an occurrence, as stored (`start`/`end` with offset, or dates with an exclusive end). */
export interface When {
  start: string;
  end: string;
  allDay: boolean;
}

export interface WhenOptions {
  /** Adds the year to days not in the year of `now`. */
  now?: Date;
}

/** Last day covered: the exclusive end minus a day for all-day occurrences, the end's day otherwise. */
export function lastDayOf(when: When): string {
  if (when.allDay) {
    const last = addDays(when.end, -1);
    return last < when.start ? when.start : last;
  }
  return dayOf(when.end, PARIS);
}

/** `14 h – 16 h`, or `14 h` when there is no duration. Times only: for a list under a day heading. */
export function formatTimeRange(when: When): string {
  if (when.allDay) return datesText.allDay;
  const start = formatTime(when.start);
  const end = formatTime(when.end);
  return start === end ? start : `${start} – ${end}`;
}

/** `du lundi 14 au mercredi 16 décembre`, or with each month when they differ. */
function formatDayRange(first: string, last: string, options: WhenOptions): string {
  const from = formatDayLabel(first, options);
  const to = formatDayLabel(last, options);
  const fromWords = from.split(' ');
  const toWords = to.split(' ');
  // Same month and year: write the month (and year) once, at the end.
  const sameTail = fromWords.slice(2).join(' ') === toWords.slice(2).join(' ');
  return datesText.range(sameTail ? fromWords.slice(0, 2).join(' ') : from, to);
}

/**
 * The full French phrase for an occurrence's dates:
 * - `mercredi 3 décembre, 14 h – 16 h`
 * - `lundi 14 décembre, toute la journée`
 * - `du lundi 14 au mercredi 16 décembre`
 * - `du mercredi 3 décembre, 14 h au jeudi 4 décembre, 12 h`
 */
export function formatWhen(when: When, options: WhenOptions = {}): string {
  const first = dayOf(when.start, PARIS);
  const last = lastDayOf(when);
  if (first === last) return `${formatDayLabel(first, options)}, ${formatTimeRange(when)}`;
  if (when.allDay) return formatDayRange(first, last, options);
  return datesText.range(
    `${formatDayLabel(first, options)}, ${formatTime(when.start)}`,
    `${formatDayLabel(last, options)}, ${formatTime(when.end)}`,
  );
}

/**
 * The time part shown under a day heading: `14 h – 16 h`, `toute la journée`, or for an
 * occurrence over several days `jusqu’au mercredi 16 décembre` / `14 h, jusqu’au jeudi 4 décembre`.
 */
export function formatTimeInDay(when: When, options: WhenOptions = {}): string {
  const first = dayOf(when.start, PARIS);
  const last = lastDayOf(when);
  if (first === last) return formatTimeRange(when);
  const until = datesText.until(formatDayLabel(last, options));
  return when.allDay ? until : `${formatTime(when.start)}, ${until}`;
}
