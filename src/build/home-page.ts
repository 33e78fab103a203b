import { formatDayLabel } from '../lib/format/format-date.ts';
import { nextSessions, type Session } from '../lib/places/next-sessions.ts';
import type { PlaceSummary } from '../lib/places/place-summary.ts';
import { hoursOn } from '../lib/places/day-openings.ts';
import type { OpenInterval } from '../lib/places/open-intervals.ts';
import { addDays } from '../lib/time/calendar-date.ts';
import { startOfDateEpoch } from '../lib/time/zoned-time.ts';
import { getBuildContext } from './build-context.ts';
import { summaryOf } from './place-pages.ts';

/** How many coming sessions the home page shows. */
export const HOME_SESSIONS = 5;
/**
 * How many it holds in its HTML: the browser shows the first `HOME_SESSIONS` not yet over, so a
 * page read days after its build still lists coming sessions.
 */
const HOME_SESSIONS_HELD = 20;

/** Places the home page lists as open on a day: the page stays bounded, the directory lists them all. */
export const HOME_OPEN_TODAY = 15;
/**
 * Days of reading the home page's « Lieux ouverts » knows, from the build's day: five weeks, the
 * opening intervals the build computes (place-view.ts). Past them (a page more than a month old)
 * the browser keeps the build's list, under its own date.
 */
export const HOME_OPEN_DAYS = 35;

/** A place with opening hours, as the home page's « open today » list holds it. */
export interface OpenDay {
  place: PlaceSummary;
  /** Its openings on the build's day (`9 h – 12 h, 14 h – 17 h`), `''` when closed that day. */
  hours: string;
  /** Listed on the build's day: open that day, among the first `HOME_OPEN_TODAY` by name. */
  shown: boolean;
  /** Its openings over the `HOME_OPEN_DAYS` days and the first one after, for the browser to list it on the day of reading. */
  intervals: OpenInterval[];
}

/** The home page's data: the build's day and what the browser needs to say the day of reading. */
export interface HomeData {
  /** `mardi 1er décembre`: the build's day. */
  day: string;
  /**
   * The places the home page may list, in name order: on each of the `HOME_OPEN_DAYS` days, the
   * first `HOME_OPEN_TODAY` open that day (so the browser lists the same ones the build would have).
   */
  openDays: OpenDay[];
  /** How many places are open on each of those days (`YYYY-MM-DD` → count), for « Et N autres lieux ». */
  openCounts: Record<string, number>;
  /** How many more than `HOME_OPEN_TODAY` are open on the build's day. */
  moreOpenToday: number;
  /** The end of the days known, epoch ms: past it the browser keeps the build's list. */
  intervalsUntil: number;
  sessions: Session[];
  /** Communes for the picker: name, slug, postal code, centre. */
  communes: { name: string; slug: string; postalCode: string; centroid: { lat: number; lon: number } }[];
}

/** The home page's data at the build's "now". */
export async function homeData(): Promise<HomeData> {
  const build = await getBuildContext();
  const from = startOfDateEpoch(build.day.date);
  const until = startOfDateEpoch(addDays(build.day.date, HOME_OPEN_DAYS));
  const withHours = build.places.flatMap((place) => {
    const intervals = build.hours.get(place.id)?.hours?.intervals ?? [];
    return intervals.length === 0 ? [] : [{ place, intervals }];
  });
  const held = new Set<number>();
  const openCounts: Record<string, number> = {};
  for (let d = 0; d < HOME_OPEN_DAYS; d++) {
    const date = addDays(build.day.date, d);
    const open = withHours.flatMap((p, i) => (hoursOn(p.intervals, date) === '' ? [] : [i]));
    openCounts[date] = open.length;
    for (const i of open.slice(0, HOME_OPEN_TODAY)) held.add(i);
  }
  const shownToday = new Set(
    withHours.flatMap((p, i) => (hoursOn(p.intervals, build.day.date) === '' ? [] : [i])).slice(0, HOME_OPEN_TODAY),
  );
  const openDays = withHours.flatMap(({ place, intervals }, i) => {
    if (!held.has(i)) return [];
    const after = intervals.find(([start]) => start >= until);
    const days = intervals.filter(([start, end]) => end > from && start < until);
    return [
      {
        place: summaryOf(build, place),
        hours: hoursOn(intervals, build.day.date),
        shown: shownToday.has(i),
        intervals: after === undefined ? days : [...days, after],
      },
    ];
  });
  return {
    day: formatDayLabel(build.day.date),
    openDays,
    openCounts,
    moreOpenToday: Math.max(0, (openCounts[build.day.date] ?? 0) - HOME_OPEN_TODAY),
    intervalsUntil: until,
    sessions: nextSessions(build.upcoming, build.sessionContext, HOME_SESSIONS_HELD),
    communes: build.communes.map(({ name, slug, postalCode, centroid }) => ({ name, slug, postalCode, centroid })),
  };
}
