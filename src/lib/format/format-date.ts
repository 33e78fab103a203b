/**
 * French dates and times, always read in Europe/Paris (never the machine's zone): day labels
 * ("mardi 1er décembre"), times ("14 h 30"), month names, "aujourd’hui" and "demain".
 */
import { BoundedMemo } from '../bounded-memo.ts';
import { datesText } from '../site/strings/dates.ts';
import { addDays, isIsoDate } from '../time/calendar-date.ts';
import { PARIS, startOfDateEpoch, toZonedDate, wallTimeAt, whenToEpoch } from '../time/zoned-time.ts';

const DAY_MS = 86_400_000;
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${String(withYear)}`;
  let f = dayFormatters.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('fr-FR', {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
    });
    dayFormatters.set(key, f);
  }
  return f;
}

/** Noon of a `YYYY-MM-DD` day in the zone: an instant safely inside that day, whatever the change of hour. */
export function middayOf(date: string, timeZone: string = PARIS): number {
  return startOfDateEpoch(date, timeZone) + DAY_MS / 2;
}

/** `YYYY-MM-DD` of a stored start or end (a date-time with offset or a date) in the zone. */
export function dayOf(when: string, timeZone: string = PARIS): string {
  if (isIsoDate(when)) return when;
  const read = () => toZonedDate(whenToEpoch(when), timeZone);
  return timeZone === PARIS ? parisDays.get(when, read) : read();
}

/** Every listing, tally and calendar asks the day of the same starts: each is computed once (bounded, see whenToEpoch). */
const parisDays = new BoundedMemo<string, string>(200_000);

export interface DayLabelOptions {
  /** When given, the year is added if the day is not in the same year as `now`. */
  now?: Date;
  /** Always add the year. */
  withYear?: boolean;
  timeZone?: string;
}

/** Day labels already written, by zone, year shown or not, and day: a site names the same days thousands of times. */
const dayLabels = new Map<string, string>();

/** `mardi 1er décembre` (`mardi 5 janvier 2027` when not in the year of `now`). */
export function formatDayLabel(date: string, options: DayLabelOptions = {}): string {
  const timeZone = options.timeZone ?? PARIS;
  const nowYear = options.now === undefined ? undefined : toZonedDate(options.now.getTime(), timeZone).slice(0, 4);
  const withYear = options.withYear === true || (nowYear !== undefined && nowYear !== date.slice(0, 4));
  const key = `${timeZone}|${String(withYear)}|${date}`;
  let label = dayLabels.get(key);
  if (label === undefined) {
    label = dayFormatter(timeZone, withYear)
      .formatToParts(middayOf(date, timeZone))
      .map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value))
      .join('');
    dayLabels.set(key, label);
  }
  return label;
}

/** `aujourd’hui`, `demain` or `null`, for a `YYYY-MM-DD` day seen from `now`. */
export function relativeDayOf(date: string, now: Date, timeZone: string = PARIS): string | null {
  const today = toZonedDate(now.getTime(), timeZone);
  if (date === today) return datesText.today;
  if (date === addDays(today)) return datesText.tomorrow;
  return null;
}

/** `14 h`, `14 h 30`, `9 h` — the time of an instant in Europe/Paris, as French signs write it. */
export function formatTime(when: string | number): string {
  const { hour, minute } = wallTimeAt(typeof when === 'number' ? when : whenToEpoch(when), PARIS);
  return minute === 0 ? `${String(hour)} h` : `${String(hour)} h ${String(minute).padStart(2, '0')}`;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** French name of a month (1–12): `décembre`. */
export function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (name === undefined) throw new RangeError(`mois invalide : ${month}`);
  return name;
}

/** `décembre 2026` for `2026-12` (or any `YYYY-MM…` string). */
export function formatMonth(yearMonth: string): string {
  return `${monthName(Number(yearMonth.slice(5, 7)))} ${yearMonth.slice(0, 4)}`;
}

/** `Décembre 2026`: a month as a heading. */
export function formatMonthTitle(yearMonth: string): string {
  const text = formatMonth(yearMonth);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
