import type { Need, PlaceEntry } from '../domain/index.ts';
import { EVERYBODY } from '../domain/vocabulary.ts';

/** What the directory and the map filter on; each criterion is optional. */
export interface PlaceFilter {
  /** A need of `taxonomy.needs`: the place offers one of its themes or addresses one of its publics. */
  need?: Pick<Need, 'themes' | 'publics'> | undefined;
  /** A public id: the place addresses it, or addresses everybody. */
  publicId?: string | undefined;
  /** An INSEE code: the place is in this commune, or its itinerant service stops there. */
  commune?: string | undefined;
}

/** What the filters read of a place: its theme and public ids, the communes it serves. */
export interface PlaceFacets {
  themes: readonly string[];
  publics: readonly string[];
  /** INSEE codes: its commune, or each commune where its itinerant service stops. */
  communes: readonly string[];
}

/** The INSEE codes a place serves: the commune of its address, or its stops' communes (each once). */
export function servedCommunes(place: Pick<PlaceEntry, 'address' | 'stops'>): string[] {
  return place.stops.length > 0 ? [...new Set(place.stops.map((s) => s.commune))] : [place.address.commune];
}

/** The facets of a place, for `matchesPlaceFilter`. */
export function facetsOf(place: Pick<PlaceEntry, 'themes' | 'publics' | 'address' | 'stops'>): PlaceFacets {
  return { themes: place.themes, publics: place.publics, communes: servedCommunes(place) };
}

/** `true` when the place answers the need (any of its themes, or any of its publics). */
export function answersNeed(
  place: Pick<PlaceFacets, 'themes' | 'publics'>,
  need: Pick<Need, 'themes' | 'publics'>,
): boolean {
  return need.themes.some((t) => place.themes.includes(t)) || need.publics.some((p) => place.publics.includes(p));
}

/** `true` when the place welcomes this public: it addresses it, or it addresses everybody. */
export function welcomesPublic(place: Pick<PlaceFacets, 'publics'>, publicId: string): boolean {
  return place.publics.length === 0 || place.publics.includes(publicId) || place.publics.includes(EVERYBODY);
}

/** `true` when the place is in the commune; for an itinerant service, when one of its stops is. */
export function servesCommune(place: Pick<PlaceEntry, 'address' | 'stops'>, insee: string): boolean {
  return servedCommunes(place).includes(insee);
}

/**
 * `true` when facets pass every given criterion: the one predicate of the directory pages (at
 * build) and of the map's filters (in the browser, from the facets written on each list item).
 */
export function matchesPlaceFilter(facets: PlaceFacets, filter: PlaceFilter): boolean {
  const { need, publicId, commune } = filter;
  return (
    (need === undefined || answersNeed(facets, need)) &&
    (publicId === undefined || welcomesPublic(facets, publicId)) &&
    (commune === undefined || facets.communes.includes(commune))
  );
}

/** The places matching every given criterion, in their order. */
export function filterPlaces(places: readonly PlaceEntry[], filter: PlaceFilter): PlaceEntry[] {
  return places.filter((p) => matchesPlaceFilter(facetsOf(p), filter));
}
