import { formatDayLabel } from '../lib/format/format-date.ts';
import { nextSessions, type Session } from '../lib/places/next-sessions.ts';
import type { PlaceSummary } from '../lib/places/place-summary.ts';
import { hoursOn } from '../lib/places/day-openings.ts';
import type { OpenInterval } from '../lib/places/open-intervals.ts';
import { getBuildContext } from './build-context.ts';
import { summaryOf } from './place-pages.ts';

/** How many coming sessions the home page shows. */
export const HOME_SESSIONS = 5;
/**
 * How many it holds in its HTML: the browser shows the first `HOME_SESSIONS` not yet over, so a
 * page read days after its build still lists coming sessions.
 */
const HOME_SESSIONS_HELD = 20;

/** A place with opening hours, as the home page's « open today » list holds it. */
export interface OpenDay {
  place: PlaceSummary;
  /** Its openings on the build's day (`9 h – 12 h, 14 h – 17 h`), `''` when closed that day. */
  hours: string;
  /** Its openings around the build, for the browser to list it on the day of reading. */
  intervals: OpenInterval[];
}

/** What the home page shows besides the finder. */
export interface HomeData {
  /** `mardi 1er décembre`: the build's day. */
  day: string;
  /** Every place with hours, in name order; the HTML shows those open on the build's day. */
  openDays: OpenDay[];
  /** The end of the intervals, epoch ms: past it the browser keeps the build's list. */
  intervalsUntil: number;
  sessions: Session[];
  /** Communes for the picker: name, slug, postal code, centre. */
  communes: { name: string; slug: string; postalCode: string; centroid: { lat: number; lon: number } }[];
}

/** The home page's data at the build's "now". */
export async function homeData(): Promise<HomeData> {
  const build = await getBuildContext();
  const openDays = build.places.flatMap((place) => {
    const intervals = build.hours.get(place.id)?.hours?.intervals ?? [];
    if (intervals.length === 0) return [];
    return [{ place: summaryOf(build, place), hours: hoursOn(intervals, build.day.date), intervals }];
  });
  return {
    day: formatDayLabel(build.day.date),
    openDays,
    intervalsUntil: Math.max(0, ...openDays.flatMap((o) => o.intervals.map(([, end]) => end))),
    sessions: nextSessions(build.upcoming, build.sessionContext, HOME_SESSIONS_HELD),
    communes: build.communes.map(({ name, slug, postalCode, centroid }) => ({ name, slug, postalCode, centroid })),
  };
}
