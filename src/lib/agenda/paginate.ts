/** Splits a long listing into pages of whole days. */
import type { AgendaDay } from './group-by-day.ts';

/** One page of days. */
export interface DayPage<T> {
  /** 1-based page number. */
  page: number;
  /** Number of pages. */
  pages: number;
  days: AgendaDay<T>[];
}

/**
 * Cuts days into pages of at most `maxItems` items, never splitting a day (a day longer than
 * `maxItems` gets a page of its own). Always at least one page, possibly empty.
 */
export function paginateDays<T>(days: readonly AgendaDay<T>[], maxItems: number): DayPage<T>[] {
  const chunks: AgendaDay<T>[][] = [[]];
  let count = 0;
  for (const day of days) {
    const current = chunks[chunks.length - 1] ?? [];
    if (current.length > 0 && count + day.items.length > maxItems) {
      chunks.push([day]);
      count = day.items.length;
    } else {
      current.push(day);
      count += day.items.length;
    }
  }
  return chunks.map((chunk, i) => ({ page: i + 1, pages: chunks.length, days: chunk }));
}
