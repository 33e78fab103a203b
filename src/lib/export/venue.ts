import type { Occurrence, PlaceEntry } from '../domain/index.ts';
import type { ExportContext } from './export-context.ts';
import { publishedStreet, stopIn } from '../places/published-facts.ts';

/** Where an occurrence happens, as far as the data knows. */
export interface Venue {
  /** Name of the place of the directory, else the location as published, else `null`. */
  name: string | null;
  /** Street of the place, or `null`. */
  street: string | null;
  postalCode: string | null;
  /** Commune name, or `null`. */
  communeName: string | null;
  /** Phone of the place, or `null`. */
  phone: string | null;
  /** The place entry, when resolved. */
  place: PlaceEntry | null;
}

/**
 * Where an itinerant partner (the bus) stops in the occurrence's commune, when the published
 * location names that stop (`Parking de la mairie, Brie`).
 */
function stopOf(occurrence: Occurrence, ctx: ExportContext): string | null {
  const organiser = ctx.places.get(ctx.sources.get(occurrence.sourceId)?.organisation ?? '');
  const stop = organiser === undefined ? null : stopIn(organiser, occurrence.commune);
  return stop !== null && (occurrence.location ?? '').startsWith(stop.location) ? stop.location : null;
}

/**
 * The venue of an occurrence: its place of the directory (its street only when confirmed, see
 * published-facts.ts), else its published location and commune; the street of a bus stop when
 * the place has none to publish.
 */
export function venueOf(occurrence: Occurrence, ctx: ExportContext): Venue {
  const place = occurrence.placeId === null ? undefined : ctx.places.get(occurrence.placeId);
  const commune = ctx.communes.get(occurrence.commune ?? place?.address.commune ?? '');
  return {
    name: place?.name ?? occurrence.location,
    street: (place === undefined ? null : publishedStreet(place)) ?? stopOf(occurrence, ctx),
    postalCode: place?.address.postalCode ?? commune?.postalCode ?? null,
    communeName: commune?.name ?? null,
    phone: place?.phone ?? null,
    place: place ?? null,
  };
}

/** The venue in one line: `Médiathèque, 2 rue X, 35150 Janzé`. Empty parts are left out. */
export function venueLine(venue: Venue): string {
  const town = [venue.postalCode, venue.communeName].filter(Boolean).join(' ');
  const parts = [venue.name, venue.street, town].filter((p): p is string => p !== null && p !== '');
  // The published location often already names the commune.
  return parts.filter((p, i) => i === 0 || !parts[0]?.includes(p)).join(', ');
}
