/** Month pages: which months have occurrences, and what a month holds. */
import { dayOf } from '../format/format-date.ts';
import { lastDayOf, type When } from '../format/format-when.ts';
import { padDigits } from '../time/pad-digits.ts';
import { PARIS, toZonedDate } from '../time/zoned-time.ts';

/** `YYYY-MM` of every month an occurrence covers, from the month of `now` on, sorted. */
export function monthsPresent(occurrences: readonly When[], now: Date, timeZone: string = PARIS): string[] {
  const current = toZonedDate(now.getTime(), timeZone).slice(0, 7);
  const months = new Set<string>();
  for (const o of occurrences) {
    let month = dayOf(o.start, timeZone).slice(0, 7);
    const last = lastDayOf(o).slice(0, 7);
    if (month < current) month = current;
    for (; month <= last; month = nextMonth(month)) months.add(month);
  }
  return [...months].sort();
}

/** `2027-01` after `2026-12`. */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${padDigits(m + 1)}`;
}

/** `2026-11` before `2026-12`. */
export function previousMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${year - 1}-12` : `${year}-${padDigits(m - 1)}`;
}

/** The occurrences overlapping a `YYYY-MM` month, in the given order. */
export function occurrencesInMonth<T extends When>(occurrences: readonly T[], month: string): T[] {
  const first = `${month}-01`;
  const afterLast = `${nextMonth(month)}-01`;
  return occurrences.filter((o) => dayOf(o.start) < afterLast && lastDayOf(o) >= first);
}

/**
 * The occurrences overlapping each month (`YYYY-MM`), in the given order: what
 * `occurrencesInMonth` gives for every month at once, in one pass.
 */
export function occurrencesByMonth<T extends When>(occurrences: readonly T[]): Map<string, T[]> {
  const byMonth = new Map<string, T[]>();
  for (const o of occurrences) {
    const last = lastDayOf(o).slice(0, 7);
    for (let month = dayOf(o.start).slice(0, 7); month <= last; month = nextMonth(month)) {
      const list = byMonth.get(month);
      if (list === undefined) byMonth.set(month, [o]);
      else list.push(o);
    }
  }
  return byMonth;
}
