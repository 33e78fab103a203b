/**
 * The answer to « what serves my commune? »: what is in the commune, then what comes to it, then
 * the territory's reference service for the need, then the rest by distance.
 */
import type { Commune, PlaceEntry } from '../domain/index.ts';
import { placeDistance, type NearPlace } from '../geo/nearest.ts';

/** Why a place is where it is in the answer. */
export type RankReason =
  /** Its address is in the commune. */
  | 'inside'
  /** An itinerant service that stops in the commune (`at` and `stop` are that stop). */
  | 'stop'
  /** The territory's reference service for the need (`taxonomy.needs[].reference`). */
  | 'reference'
  /** Elsewhere: ranked by distance. */
  | 'nearby';

/** A place of the answer, with where to go and why it is listed. */
export interface RankedPlace extends NearPlace {
  reason: RankReason;
  /** It is the reference service of the need, whatever its rank. */
  reference: boolean;
}

export interface RankOptions {
  /** Id of the territory's reference service for the need, never left out of the answer. */
  reference?: string | undefined;
  /** How many places to keep (the reference service is kept even beyond it). */
  limit?: number;
}

const byDistance = (a: NearPlace, b: NearPlace) => a.km - b.km || a.place.name.localeCompare(b.place.name, 'fr');

/** An itinerant service's nearest stop in the commune, or `null` when it does not stop there. */
function stopIn(place: PlaceEntry, commune: Commune): NearPlace | null {
  const stops = place.stops.filter((s) => s.commune === commune.insee);
  if (stops.length === 0) return null;
  return placeDistance({ ...place, stops }, commune.centroid);
}

/**
 * The places that serve a commune, in the order a resident needs them: those in the commune
 * (nearest its centre first), the itinerant services stopping there, the reference service of the
 * need, then every other place by distance (ties by name). At most `limit` places, but the
 * reference service is always in the answer.
 */
export function rankForCommune(
  places: readonly PlaceEntry[],
  commune: Commune,
  options: RankOptions = {},
): RankedPlace[] {
  const { reference, limit = Infinity } = options;
  const inside: RankedPlace[] = [];
  const stops: RankedPlace[] = [];
  const others: RankedPlace[] = [];
  let referencePlace: RankedPlace | undefined;
  for (const place of places) {
    const stop = stopIn(place, commune);
    const ranked = (near: NearPlace, reason: RankReason): RankedPlace => ({
      ...near,
      reason,
      reference: place.id === reference,
    });
    if (stop !== null) stops.push(ranked(stop, 'stop'));
    else if (place.stops.length === 0 && place.address.commune === commune.insee)
      inside.push(ranked(placeDistance(place, commune.centroid), 'inside'));
    else if (place.id === reference) referencePlace = ranked(placeDistance(place, commune.centroid), 'reference');
    else others.push(ranked(placeDistance(place, commune.centroid), 'nearby'));
  }
  const ranked = [
    ...inside.sort(byDistance),
    ...stops.sort(byDistance),
    ...(referencePlace === undefined ? [] : [referencePlace]),
    ...others.sort(byDistance),
  ];
  const kept = referencePlace === undefined ? limit : Math.max(limit, ranked.indexOf(referencePlace) + 1);
  return ranked.slice(0, kept);
}
