/**
 * The map's data file (`/carte/lieux.json`): every place with its markers, what its popup shows
 * and what the filters read. One file for the whole map, cached by the browser, instead of data
 * written on each line of the page: the page stays the same size whatever the number of places.
 * Types only for the browser script; `toMapPlace` runs at build.
 */
import type { Need } from '../domain/index.ts';
import type { PlaceFacets } from './filter-places.ts';
import type { Session } from './next-sessions.ts';
import type { MapPoint, PhoneLink, PlaceSummary } from './place-summary.ts';

/** One place of the map. */
export interface MapPlace {
  id: string;
  name: string;
  /** `/lieux/<id>/`. */
  href: string;
  kind: string;
  /** Where it is, in words: its commune, or the communes where its itinerant service stops. */
  serves: string;
  address: string;
  phone: PhoneLink | null;
  /** Its position awaits the partner's confirmation. */
  approximate: boolean;
  /** Its markers: the place, or each stop of an itinerant service. */
  points: MapPoint[];
  facets: PlaceFacets;
  /** Its next session, `null` for none. */
  next: Pick<Session, 'title' | 'when' | 'start' | 'href' | 'cancelled'> | null;
}

/** A need as the map's filter reads it. */
export type MapNeed = Pick<Need, 'id' | 'themes' | 'publics'>;

/** The whole file. */
export interface MapData {
  needs: MapNeed[];
  places: MapPlace[];
}

/** A place of the map, from its summary and its next session. */
export function toMapPlace(summary: PlaceSummary, next: Session | null): MapPlace {
  return {
    id: summary.id,
    name: summary.name,
    href: summary.href,
    kind: summary.kindLabel,
    serves: summary.servesLabel,
    address: summary.address,
    phone: summary.phone,
    approximate: summary.approximate,
    points: summary.points,
    facets: summary.facets,
    next:
      next === null
        ? null
        : { title: next.title, when: next.when, start: next.start, href: next.href, cancelled: next.cancelled },
  };
}
