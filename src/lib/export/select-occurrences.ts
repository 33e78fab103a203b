import type { Occurrence } from '../domain/index.ts';
import { whenToEpoch } from '../time/zoned-time.ts';

/*
 * Selection helpers of the exports. The agenda pages have their own (src/lib/agenda, branch
 * site-agenda); these stay minimal and only decide what the machine-readable outputs contain.
 */

/** Occurrences not yet over at `now` (end after now), in their given order. */
export function upcomingOf(occurrences: readonly Occurrence[], now: Date): Occurrence[] {
  const t = now.getTime();
  return occurrences.filter((o) => whenToEpoch(o.end) > t);
}

/** Occurrences that end after `from` and start before `to` (epoch bounds, half-open). */
export function overlapping(occurrences: readonly Occurrence[], from: number, to: number): Occurrence[] {
  return occurrences.filter((o) => whenToEpoch(o.end) > from && whenToEpoch(o.start) < to);
}

/** A series: every given occurrence sharing one `seriesId`, sorted by start. */
export interface SeriesGroup {
  seriesId: string;
  /** The earliest occurrence: its title and place name the series. */
  first: Occurrence;
  occurrences: Occurrence[];
}

const byStartThenId = (a: Occurrence, b: Occurrence) =>
  whenToEpoch(a.start) - whenToEpoch(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Groups occurrences by series, series in order of their first occurrence. */
export function groupBySeries(occurrences: readonly Occurrence[]): SeriesGroup[] {
  const groups = new Map<string, Occurrence[]>();
  for (const o of [...occurrences].sort(byStartThenId)) {
    const list = groups.get(o.seriesId);
    if (list === undefined) groups.set(o.seriesId, [o]);
    else list.push(o);
  }
  return [...groups].map(([seriesId, list]) => ({ seriesId, first: list[0] as Occurrence, occurrences: list }));
}

/** Sorts occurrences by start, then id (stable output order). */
export function sortByStart(occurrences: readonly Occurrence[]): Occurrence[] {
  return [...occurrences].sort(byStartThenId);
}
