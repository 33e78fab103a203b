import type { Commune, Need } from '../lib/domain/index.ts';
import { communesNear } from '../lib/geo/communes-near.ts';
import { nearestPlacesToCommune, type NearPlace } from '../lib/geo/nearest.ts';
import { filterPlaces } from '../lib/places/filter-places.ts';
import { nextSessions, type Session } from '../lib/places/next-sessions.ts';
import { seriesSlugIndex } from '../lib/agenda/series.ts';
import { toPlaceView, type PlaceContext, type PlaceView } from '../lib/places/place-view.ts';
import type { SiteData } from './site-data.ts';

/** Communes within this distance of a commune count as "nearby" for its events. */
export const NEARBY_KM = 10;
/** How many places a "near me" answer shows. */
export const NEAREST_COUNT = 5;

const contexts = new WeakMap<SiteData, PlaceContext>();

/** What describing a place needs, computed once per build (the series slugs of every occurrence). */
export function placeContext(data: SiteData): PlaceContext {
  let context = contexts.get(data);
  if (context === undefined) {
    context = { ...data, slugs: seriesSlugIndex(data.occurrences) };
    contexts.set(data, context);
  }
  return context;
}

/** A place near a commune, with everything its card shows. */
export interface NearView {
  near: NearPlace;
  view: PlaceView;
}

/** Places near a commune, nearest first (those inside it first), optionally for one need. */
export function placesNearCommune(data: SiteData, commune: Commune, need?: Need, limit = Infinity): NearView[] {
  const candidates = need === undefined ? data.places : filterPlaces(data.places, { need });
  return nearestPlacesToCommune(candidates, commune, limit).map((near) => ({
    near,
    view: toPlaceView(near.place, placeContext(data), need?.themes),
  }));
}

/** Coming sessions in a commune and the communes around it, optionally for one need's themes. */
export function sessionsNearCommune(data: SiteData, commune: Commune, need?: Need, limit = 8): Session[] {
  const around = new Set([
    commune.insee,
    ...communesNear(data.communes, commune, NEARBY_KM).map((n) => n.commune.insee),
  ]);
  return nextSessions(
    data.occurrences,
    (o) =>
      o.commune !== null &&
      around.has(o.commune) &&
      (need === undefined ||
        o.themes.some((t) => need.themes.includes(t)) ||
        o.publics.some((p) => need.publics.includes(p))),
    placeContext(data),
    limit,
  );
}
