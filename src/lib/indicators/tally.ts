/**
 * What occurrences add up to: sessions, hours, cancellations, per commune, theme, public and
 * axis. Every figure is a count that adds up, so periods can be summed.
 */
import type { Figures, Occurrence, Tally } from '../domain/index.ts';
import { EVERYBODY } from '../domain/vocabulary.ts';
import { dayOf } from '../format/format-date.ts';
import { whenToEpoch } from '../time/zoned-time.ts';

/** Key of the occurrences that name no commune. */
export const UNKNOWN_COMMUNE = 'inconnue';
/** Key of the occurrences without a theme, or without an axis. */
export const NONE = 'aucun';

/** What a tally reads of an occurrence. */
export type Countable = Pick<
  Occurrence,
  'start' | 'end' | 'allDay' | 'status' | 'commune' | 'themes' | 'publics' | 'axes'
>;

/** A tally of nothing. */
export function emptyTally(): Tally {
  return { sessions: 0, minutes: 0, untimed: 0, cancelled: 0 };
}

/** Figures of nothing. */
export function emptyFigures(): Figures {
  return { total: emptyTally(), communes: {}, themes: {}, publics: {}, axes: {} };
}

/**
 * Minutes of a session: from its start to its end when both fall on the same day; `null` when its
 * length is unknown (all day, or over several days: its opening hours are not published).
 */
export function sessionMinutes(o: Pick<Occurrence, 'start' | 'end' | 'allDay'>): number | null {
  if (o.allDay || dayOf(o.start) !== dayOf(o.end)) return null;
  return Math.max(0, Math.round((whenToEpoch(o.end) - whenToEpoch(o.start)) / 60_000));
}

/** Adds one occurrence to a tally (in place). */
function count(tally: Tally, o: Countable, minutes: number | null): void {
  if (o.status === 'cancelled') tally.cancelled += 1;
  else {
    tally.sessions += 1;
    if (minutes === null) tally.untimed += 1;
    else tally.minutes += minutes;
  }
}

function countUnder(tallies: Record<string, Tally>, keys: readonly string[], o: Countable, minutes: number | null) {
  for (const key of new Set(keys)) count((tallies[key] ??= emptyTally()), o, minutes);
}

/** Tallies with their keys sorted, for stable files. */
function sortedKeys(tallies: Record<string, Tally>): Record<string, Tally> {
  return Object.fromEntries(Object.entries(tallies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The figures of some occurrences: each counts once in the total and under each of its themes, publics and axes. */
export function tallyOccurrences(occurrences: readonly Countable[]): Figures {
  const figures = emptyFigures();
  for (const o of occurrences) {
    const minutes = sessionMinutes(o);
    count(figures.total, o, minutes);
    countUnder(figures.communes, [o.commune ?? UNKNOWN_COMMUNE], o, minutes);
    countUnder(figures.themes, o.themes.length > 0 ? o.themes : [NONE], o, minutes);
    countUnder(figures.publics, o.publics.length > 0 ? o.publics : [EVERYBODY], o, minutes);
    countUnder(figures.axes, o.axes.length > 0 ? o.axes.map(String) : [NONE], o, minutes);
  }
  return {
    total: figures.total,
    communes: sortedKeys(figures.communes),
    themes: sortedKeys(figures.themes),
    publics: sortedKeys(figures.publics),
    axes: sortedKeys(figures.axes),
  };
}

function addTally(a: Tally | undefined, b: Tally | undefined): Tally {
  const x = a ?? emptyTally();
  const y = b ?? emptyTally();
  return {
    sessions: x.sessions + y.sessions,
    minutes: x.minutes + y.minutes,
    untimed: x.untimed + y.untimed,
    cancelled: x.cancelled + y.cancelled,
  };
}

function addTallies(a: Record<string, Tally>, b: Record<string, Tally>): Record<string, Tally> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return sortedKeys(Object.fromEntries(keys.map((k) => [k, addTally(a[k], b[k])])));
}

/** The figures of two periods together. */
export function addFigures(a: Figures, b: Figures): Figures {
  return {
    total: addTally(a.total, b.total),
    communes: addTallies(a.communes, b.communes),
    themes: addTallies(a.themes, b.themes),
    publics: addTallies(a.publics, b.publics),
    axes: addTallies(a.axes, b.axes),
  };
}

/** The occurrences starting (Europe/Paris day) on or after `from` and before `to` (`YYYY-MM-DD`). */
export function startingBetween<T extends Pick<Occurrence, 'start'>>(
  occurrences: readonly T[],
  from: string,
  to: string,
): T[] {
  return occurrences.filter((o) => {
    const day = dayOf(o.start);
    return day >= from && day < to;
  });
}

/** Share of the occurrences cancelled, 0–1 (0 when there is none). */
export function cancelledShare(tally: Tally): number {
  const all = tally.sessions + tally.cancelled;
  return all === 0 ? 0 : tally.cancelled / all;
}
