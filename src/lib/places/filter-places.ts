import type { Need, PlaceEntry } from '../domain/index.ts';

/** What the directory and the map filter on; each criterion is optional. */
export interface PlaceFilter {
  /** A need of `taxonomy.needs`: the place offers one of its themes or addresses one of its publics. */
  need?: Need | undefined;
  /** A public id: the place addresses it, or addresses everybody. */
  publicId?: string | undefined;
  /** An INSEE code: the place is in this commune, or its itinerant service stops there. */
  commune?: string | undefined;
}

/** `true` when the place answers the need (any of its themes, or any of its publics). */
export function answersNeed(
  place: Pick<PlaceEntry, 'themes' | 'publics'>,
  need: Pick<Need, 'themes' | 'publics'>,
): boolean {
  return need.themes.some((t) => place.themes.includes(t)) || need.publics.some((p) => place.publics.includes(p));
}

/** `true` when the place welcomes this public: it addresses it, or it addresses everybody. */
export function welcomesPublic(place: Pick<PlaceEntry, 'publics'>, publicId: string): boolean {
  return place.publics.length === 0 || place.publics.includes(publicId) || place.publics.includes('tout-public');
}

/** `true` when the place is in the commune; for an itinerant service, when one of its stops is. */
export function servesCommune(
  place: { address: { commune: string }; stops: readonly { commune: string }[] },
  insee: string,
): boolean {
  if (place.stops.length > 0) return place.stops.some((s) => s.commune === insee);
  return place.address.commune === insee;
}

/** The places matching every given criterion, in their order. */
export function filterPlaces(places: readonly PlaceEntry[], filter: PlaceFilter): PlaceEntry[] {
  const { need, publicId, commune } = filter;
  return places.filter(
    (p) =>
      (need === undefined || answersNeed(p, need)) &&
      (publicId === undefined || welcomesPublic(p, publicId)) &&
      (commune === undefined || servesCommune(p, commune)),
  );
}
