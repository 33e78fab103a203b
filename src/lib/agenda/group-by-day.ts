/** Occurrences grouped under their day, as the agenda lists them. */
import { dayOf, formatDayLabel } from '../format/format-date.ts';
import { PARIS, toZonedDate } from '../time/zoned-time.ts';
import type { When } from '../format/format-when.ts';

/** One day of the agenda. */
export interface AgendaDay<T> {
  /** `YYYY-MM-DD` in the zone. */
  date: string;
  /** `mardi 1er décembre` (with the year when not the year of `now`). */
  label: string;
  /** The day's items, in the order given. */
  items: T[];
  /** On a page of a listing: the day's first lines are on the previous page (the heading says « suite »). */
  continued?: boolean;
  /** On a page of a listing: the day's next lines are on the next page. */
  continues?: boolean;
}

export interface GroupByDayOptions {
  /** IANA zone of the days (Europe/Paris). */
  timeZone?: string;
  /** The build's "now": the year of the labels; an occurrence already started is listed on its day. */
  now: Date;
  /** Items starting before this day are listed on it (default: the day of `now`). */
  from?: string;
}

/**
 * Groups items (already sorted by start) by day: each under the day it starts, or under `from`
 * (today) when it started before and is still running. Each item appears once.
 */
export function groupByDay<T extends When>(items: readonly T[], options: GroupByDayOptions): AgendaDay<T>[] {
  const timeZone = options.timeZone ?? PARIS;
  const from = options.from ?? toZonedDate(options.now.getTime(), timeZone);
  const days = new Map<string, T[]>();
  for (const item of items) {
    const start = dayOf(item.start, timeZone);
    const date = start < from ? from : start;
    const list = days.get(date);
    if (list === undefined) days.set(date, [item]);
    else list.push(item);
  }
  return [...days.keys()].sort().map((date) => ({
    date,
    label: formatDayLabel(date, { now: options.now, timeZone }),
    items: days.get(date) ?? [],
  }));
}

/**
 * A day's heading: `Mardi 1er décembre` in the HTML (a date is true whenever the page is read);
 * `Aujourd’hui – mardi 1er décembre` when the browser, at the moment of reading, finds it is today
 * (`relative` from `relativeDayOf`, see src/client/day-label.ts).
 */
export function dayHeading(label: string, relative: string | null): string {
  const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return relative === null ? capitalise(label) : `${capitalise(relative)} – ${label}`;
}
