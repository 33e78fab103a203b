import type { Coordinates, PlaceEntry, Taxonomy } from '../domain/index.ts';
import { fieldsToConfirm, isConfirmed, labelOf, labelsOf } from '../domain/vocabulary.ts';
import { formatPhone, phoneHref } from '../format/format-phone.ts';
import { routes } from '../site/routes.ts';
import { facetsOf, type PlaceFacets } from './filter-places.ts';

/** A phone number to show and to call. */
export interface PhoneLink {
  /** `02 99 47 00 00`. */
  text: string;
  /** `tel:+33299470000`. */
  href: string;
}

/** Where a marker of the map goes, and what it is called. */
export type MapPoint = Coordinates & { label: string };

/**
 * A place as every list shows it (directory, map list and popups, commune pages, programme
 * posters): labels resolved, commune named, phone ready to call. Built once per place per build;
 * the place page's richer `PlaceView` extends it.
 */
export interface PlaceSummary {
  id: string;
  name: string;
  /** `/lieux/<id>/`. */
  href: string;
  kindLabel: string;
  /** The commune of its address. */
  communeName: string;
  /** Where it is, in words: its commune, or the communes where its itinerant service stops. */
  servesLabel: string;
  street: string;
  /** `1 rue de la Mairie, 35150 Janzé`. */
  address: string;
  phone: PhoneLink | null;
  themeLabels: string[];
  publicLabels: string[];
  /** What the directory and map filters read. */
  facets: PlaceFacets;
  /** Fields awaiting the partner's confirmation (« à confirmer »). */
  toConfirm: ReadonlySet<string>;
  /** Where its markers go: the place, or each stop of an itinerant service. */
  points: MapPoint[];
  /** Its position awaits confirmation. */
  approximate: boolean;
}

/** The names a summary needs: the taxonomy's labels and the communes' names by INSEE code. */
export interface PlaceLookups {
  taxonomy: Taxonomy;
  communeNames: ReadonlyMap<string, string>;
}

/** A phone number as a link, or `null` when there is none. */
export function phoneLink(phone: string | undefined): PhoneLink | null {
  return phone === undefined ? null : { text: formatPhone(phone), href: phoneHref(phone) };
}

/** The summary of a place. */
export function toPlaceSummary(place: PlaceEntry, lookups: PlaceLookups): PlaceSummary {
  const { taxonomy } = lookups;
  const communeName = (insee: string) => lookups.communeNames.get(insee) ?? insee;
  const here = communeName(place.address.commune);
  const itinerant = place.stops.length > 0;
  return {
    id: place.id,
    name: place.name,
    href: routes.place(place.id),
    kindLabel: labelOf(taxonomy.placeKinds, place.kind),
    communeName: here,
    servesLabel: itinerant ? place.stops.map((s) => communeName(s.commune)).join(', ') : here,
    street: place.address.street,
    address: `${place.address.street}, ${place.address.postalCode} ${here}`,
    phone: phoneLink(place.phone),
    themeLabels: labelsOf(taxonomy.themes, place.themes),
    publicLabels: labelsOf(taxonomy.publics, place.publics),
    facets: facetsOf(place),
    toConfirm: fieldsToConfirm(place),
    points: itinerant
      ? place.stops.map((s) => ({
          ...s.coordinates,
          label: `${place.name} : ${s.location}, ${communeName(s.commune)}`,
        }))
      : [{ ...place.coordinates, label: place.name }],
    approximate: !isConfirmed(place, 'coordinates'),
  };
}

/**
 * Where to find a place in one commune it serves: its street, or for an itinerant service the
 * location of its stops in that commune (`Parking de la mairie`).
 */
export function locationIn(place: Pick<PlaceEntry, 'address' | 'stops'>, insee: string): string {
  if (place.stops.length === 0) return place.address.street;
  return [...new Set(place.stops.filter((s) => s.commune === insee).map((s) => s.location))].join(', ');
}
