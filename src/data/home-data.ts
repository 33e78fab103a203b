import { formatDayLabel } from '../lib/format/format-date.ts';
import { nextSessions, type Session } from '../lib/places/next-sessions.ts';
import { toPlaceView, type PlaceView } from '../lib/places/place-view.ts';
import { describeIntervals } from '../lib/places/weekly-hours.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { placeContext } from './places-data.ts';
import type { SiteData } from './site-data.ts';

/** A place open on the build's day, with that day's hours. */
export interface OpenToday {
  view: PlaceView;
  hours: string;
}

/** What the home page shows besides the finder. */
export interface HomeData {
  /** `mardi 1er décembre`: the build's day. */
  day: string;
  openToday: OpenToday[];
  sessions: Session[];
  /** Communes for the picker: name, slug, postal code, centre. */
  communes: { name: string; slug: string; postalCode: string; centroid: { lat: number; lon: number } }[];
}

/** The home page's data at the build's "now". */
export function homeData(data: SiteData): HomeData {
  const today = toZonedDate(data.now.getTime());
  const context = placeContext(data);
  const openToday = data.places
    .map((place) => toPlaceView(place, context))
    .map((view) => ({
      view,
      hours: describeIntervals((view.hours?.intervals ?? []).filter(([start]) => toZonedDate(start) === today)),
    }))
    .filter((o) => o.hours !== '');
  return {
    day: formatDayLabel(today),
    openToday,
    sessions: nextSessions(data.occurrences, () => true, context, 5),
    communes: data.communes.map(({ name, slug, postalCode, centroid }) => ({ name, slug, postalCode, centroid })),
  };
}
