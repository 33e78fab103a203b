/**
 * Calendar days, without a zone: `YYYY-MM-DD` strings (what pages, URLs and stored all-day
 * occurrences use) and `{ year, month, day }` records (what parsers read), and the arithmetic on them.
 */
import { padDigits } from './pad-digits.ts';

/** A calendar day. Months are 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `true` for a bare `YYYY-MM-DD` date (a stored all-day start or end), not a date-time. */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text);
}

/** `YYYY-MM-DD` of a calendar day (the year on four digits). */
export function toIsoDate(date: CalendarDate): string {
  return `${padDigits(date.year, 4)}-${padDigits(date.month)}-${padDigits(date.day)}`;
}

/** The calendar day of a `YYYY-MM-DD` string. */
export function parseIsoDate(isoDate: string): CalendarDate {
  const [year, month, day] = isoDate.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

/** The calendar day `days` after `date` (before it when negative), across months and years. */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The `YYYY-MM-DD` day after a day, or `days` after it (before it when negative). */
export function addDays(isoDate: string, days = 1): string {
  return toIsoDate(addCalendarDays(parseIsoDate(isoDate), days));
}

/** Epoch milliseconds of a day's midnight UTC (years 0–99 as written, not as 1900–1999 like `Date.UTC`). */
export function utcMidnightOf(date: CalendarDate): number {
  const t = new Date(0);
  t.setUTCFullYear(date.year, date.month - 1, date.day);
  return t.getTime();
}

/** Negative, zero or positive as `a` is before, the same as, or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Number of days of a month (1–12) in a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
