/** Cuts a long listing into pages of days; a day longer than a page is split, never dropped. */
import type { AgendaDay } from './group-by-day.ts';

/** One page of days. */
export interface DayPage<T> {
  /** 1-based page number. */
  page: number;
  /** Number of pages. */
  pages: number;
  days: AgendaDay<T>[];
}

/** Fewest lines of a split day put at the bottom of a page (fewer start the next page instead). */
const MIN_PART = 5;

/**
 * Cuts days into pages of at most `maxItems` items. A day that fits on a page is never split: it
 * starts the next page when the current one is too full. A day longer than a page is split
 * across pages: each part is marked `continued` (it follows lines of the same day on the previous
 * page) and `continues` (more lines of the day on the next page). Always at least one page,
 * possibly empty.
 */
export function paginateDays<T>(days: readonly AgendaDay<T>[], maxItems: number): DayPage<T>[] {
  const size = Math.max(1, Math.floor(maxItems));
  const chunks: AgendaDay<T>[][] = [[]];
  let count = 0;
  const newPage = () => {
    chunks.push([]);
    count = 0;
  };
  for (const day of days) {
    if (day.items.length <= size && count > 0 && count + day.items.length > size) newPage();
    let rest = day.items;
    let continued = false;
    while (rest.length > 0) {
      const room = size - count;
      if (room < Math.min(MIN_PART, rest.length, size)) {
        newPage();
        continue;
      }
      const part = rest.slice(0, room);
      rest = rest.slice(room);
      chunks[chunks.length - 1]?.push({
        ...day,
        items: part,
        ...(continued ? { continued: true } : {}),
        ...(rest.length > 0 ? { continues: true } : {}),
      });
      count += part.length;
      continued = true;
      if (rest.length > 0) newPage();
    }
  }
  return chunks.map((chunk, i) => ({ page: i + 1, pages: chunks.length, days: chunk }));
}
