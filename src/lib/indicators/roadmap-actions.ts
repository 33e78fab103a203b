/**
 * The roadmap's actions in the data: which places and occurrences carry each one out (through
 * `carriedBy` in taxonomy.yaml and the `actions` of the place files), and what the data says of
 * the weekly targets.
 */
import type { Action, CarriedBy, Occurrence, PlaceEntry, WeeklyTarget } from '../domain/index.ts';
import { foldText } from '../domain/ids.ts';
import { addDays, parseIsoDate } from '../time/calendar-date.ts';
import { toZonedDate } from '../time/zoned-time.ts';
import { sessionMinutes, startingBetween } from './tally.ts';

/** What matching reads of an occurrence. */
export type ActionCandidate = Pick<Occurrence, 'title' | 'themes' | 'publics' | 'placeId'>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Titles folded once per occurrence object: every action's matcher reads every title. */
const foldedTitles = new WeakMap<ActionCandidate, string>();
function foldedTitle(o: ActionCandidate): string {
  let folded = foldedTitles.get(o);
  if (folded === undefined) foldedTitles.set(o, (folded = foldText(o.title)));
  return folded;
}

/** A predicate telling whether an occurrence carries the action out (every criterion given holds). */
export function actionMatcher(
  carriedBy: CarriedBy,
  kindOfPlace: ReadonlyMap<string, string>,
): (o: ActionCandidate) => boolean {
  const { themes, publics, placeKinds, keywords } = carriedBy;
  const words = keywords.map(foldText).filter((w) => w !== '');
  const pattern = words.length === 0 ? null : new RegExp(`(?:^| )(?:${words.map(escape).join('|')})(?= |$)`);
  return (o) =>
    (themes.length === 0 || themes.some((t) => o.themes.includes(t))) &&
    (publics.length === 0 || publics.some((p) => o.publics.includes(p))) &&
    (placeKinds.length === 0 || (o.placeId !== null && placeKinds.includes(kindOfPlace.get(o.placeId) ?? ''))) &&
    (pattern === null || pattern.test(foldedTitle(o)));
}

/** The occurrences carrying the action out, in their order; none when the data cannot say (no `carriedBy`). */
export function occurrencesForAction<T extends ActionCandidate>(
  action: Pick<Action, 'carriedBy'>,
  occurrences: readonly T[],
  kindOfPlace: ReadonlyMap<string, string>,
): T[] {
  if (action.carriedBy === undefined) return [];
  const matches = actionMatcher(action.carriedBy, kindOfPlace);
  return occurrences.filter(matches);
}

/** The places carrying the action out: those whose file names it, and those of a kind it maps to; in their order. */
export function placesForAction<P extends Pick<PlaceEntry, 'id' | 'kind' | 'actions'>>(
  action: Pick<Action, 'id' | 'carriedBy'>,
  places: readonly P[],
): P[] {
  const kinds = action.carriedBy?.placeKinds ?? [];
  return places.filter((p) => p.actions.includes(action.id) || kinds.includes(p.kind));
}

/** One week's hours at a place. */
export interface WeekHours {
  /** Monday of the week (`YYYY-MM-DD`). */
  monday: string;
  minutes: number;
}

/** A weekly target beside what the feeds announce. */
export interface WeeklyTargetCheck {
  target: WeeklyTarget;
  /** The coming full weeks, Monday to Sunday. */
  weeks: WeekHours[];
  /** Mean minutes per week over those weeks. */
  averageMinutes: number;
}

/** The Monday of the first full week after the day of `now` (the next Monday, even when today is one). */
export function nextMonday(now: Date): string {
  const today = toZonedDate(now.getTime());
  const { year, month, day } = parseIsoDate(today);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(today, ((8 - weekday) % 7) + (weekday === 1 ? 7 : 0));
}

/**
 * For each target, the hours the occurrences (already those carrying the action) announce at its
 * place in each of the `weekCount` full weeks after now, and their mean. Cancelled sessions do not count.
 */
export function checkWeeklyTargets(
  targets: readonly WeeklyTarget[],
  occurrences: readonly Pick<Occurrence, 'start' | 'end' | 'allDay' | 'status' | 'placeId'>[],
  now: Date,
  weekCount = 4,
): WeeklyTargetCheck[] {
  const first = nextMonday(now);
  const mondays = Array.from({ length: weekCount }, (_, i) => addDays(first, 7 * i));
  return targets.map((target) => {
    const here = occurrences.filter((o) => o.placeId === target.place && o.status !== 'cancelled');
    const weeks = mondays.map((monday) => ({
      monday,
      minutes: startingBetween(here, monday, addDays(monday, 7)).reduce((sum, o) => sum + (sessionMinutes(o) ?? 0), 0),
    }));
    const total = weeks.reduce((sum, w) => sum + w.minutes, 0);
    return { target, weeks, averageMinutes: weekCount === 0 ? 0 : total / weekCount };
  });
}
