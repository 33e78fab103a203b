/** The date choices of the agenda filter, as day ranges computed from "today". */
import { addDays, daysInMonth, parseIsoDate, toIsoDate } from '../time/calendar-date.ts';

/** Date choices offered by the filter. */
export const DATE_CHOICES = ['all', 'today', 'week', 'weekend', 'month'] as const;
export type DateChoice = (typeof DATE_CHOICES)[number];

/** Days `[from, to]` (inclusive) of a choice seen from `today` (`YYYY-MM-DD`); `{}` for every date. */
export function dateRangeOf(choice: DateChoice, today: string): { from?: string; to?: string } {
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  switch (choice) {
    case 'today':
      return { from: today, to: today };
    case 'week':
      return { from: today, to: addDays(today, 6) };
    case 'weekend': {
      if (weekday === 0) return { from: today, to: today };
      const saturday = addDays(today, 6 - weekday);
      return { from: weekday === 6 ? today : saturday, to: addDays(saturday, 1) };
    }
    case 'month': {
      const { year, month } = parseIsoDate(today);
      return { from: today, to: toIsoDate({ year, month, day: daysInMonth(year, month) }) };
    }
    case 'all':
      return {};
  }
}
