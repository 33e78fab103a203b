import { formatDayLabel } from '../lib/format/format-date.ts';
import { nextSessions, type Session } from '../lib/places/next-sessions.ts';
import type { PlaceSummary } from '../lib/places/place-summary.ts';
import { describeIntervals } from '../lib/places/weekly-hours.ts';
import type { OpenInterval } from '../lib/places/open-intervals.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { getBuildContext } from './build-context.ts';
import { summaryOf } from './place-pages.ts';

/** Places the home page lists as open on the build's day: the page stays bounded, the directory lists them all. */
export const HOME_OPEN_TODAY = 15;

/** A place open on the build's day, with that day's hours. */
export interface OpenToday {
  place: PlaceSummary;
  /** `9 h – 12 h, 14 h – 17 h`. */
  hours: string;
  /** Its openings, for the browser's "open now". */
  intervals: OpenInterval[];
}

/** What the home page shows besides the finder. */
export interface HomeData {
  /** `mardi 1er décembre`: the build's day. */
  day: string;
  /** The first `HOME_OPEN_TODAY` places open that day, by name. */
  openToday: OpenToday[];
  /** How many more are open that day. */
  moreOpenToday: number;
  sessions: Session[];
  /** Communes for the picker: name, slug, postal code, centre. */
  communes: { name: string; slug: string; postalCode: string; centroid: { lat: number; lon: number } }[];
}

/** The home page's data at the build's "now". */
export async function homeData(): Promise<HomeData> {
  const build = await getBuildContext();
  const today = toZonedDate(build.now.getTime());
  const openToday = build.places
    .map((place) => {
      const intervals = build.hours.get(place.id)?.hours?.intervals ?? [];
      const hours = describeIntervals(intervals.filter(([start]) => toZonedDate(start) === today));
      return { place: summaryOf(build, place), hours, intervals };
    })
    .filter((o) => o.hours !== '');
  return {
    day: formatDayLabel(today),
    openToday: openToday.slice(0, HOME_OPEN_TODAY),
    moreOpenToday: Math.max(0, openToday.length - HOME_OPEN_TODAY),
    sessions: nextSessions(build.upcoming, build.sessionContext, 5),
    communes: build.communes.map(({ name, slug, postalCode, centroid }) => ({ name, slug, postalCode, centroid })),
  };
}
