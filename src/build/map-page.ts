import type { Session } from '../lib/places/next-sessions.ts';
import type { PlaceSummary } from '../lib/places/place-summary.ts';
import { getBuildContext } from './build-context.ts';
import { sessionsAt, summaryOf } from './place-pages.ts';

/** One place of the map and of its list: its summary (markers, filters, popup) and its next session. */
export interface MapPlace {
  place: PlaceSummary;
  next: Session | null;
}

/** The places of the map, by name. */
export async function mapPlaces(): Promise<MapPlace[]> {
  const build = await getBuildContext();
  return build.places.map((place) => ({
    place: summaryOf(build, place),
    next: sessionsAt(build, place.id, 1)[0] ?? null,
  }));
}
