import type { Coordinates, PlaceEntry, Stop } from '../domain/index.ts';
import { distanceKm } from './distance.ts';

/** A place and how far it is from a point: where to go (the place, or its nearest stop). */
export interface NearPlace {
  place: PlaceEntry;
  /** Distance as the crow flies, in kilometres. */
  km: number;
  /** Where to go: the place itself, or the nearest stop of an itinerant service. */
  at: Coordinates;
  /** The nearest stop of an itinerant service (the bus), or `null` for a fixed place. */
  stop: Stop | null;
}

/** How far a place is from a point: itinerant services count from their nearest stop. */
export function placeDistance(place: PlaceEntry, point: Coordinates): NearPlace {
  let best: NearPlace = { place, km: distanceKm(point, place.coordinates), at: place.coordinates, stop: null };
  if (place.stops.length > 0) {
    const [first, ...rest] = place.stops.map((stop) => ({ stop, km: distanceKm(point, stop.coordinates) }));
    const nearest = rest.reduce((a, b) => (b.km < a.km ? b : a), first ?? { stop: null, km: Infinity });
    if (nearest.stop !== null) best = { place, km: nearest.km, at: nearest.stop.coordinates, stop: nearest.stop };
  }
  return best;
}

/**
 * Places sorted by distance from a point (ties by name), each with its distance; at most `limit`.
 */
export function nearestPlaces(places: readonly PlaceEntry[], point: Coordinates, limit = Infinity): NearPlace[] {
  return places
    .map((place) => placeDistance(place, point))
    .sort((a, b) => a.km - b.km || a.place.name.localeCompare(b.place.name, 'fr'))
    .slice(0, limit);
}
