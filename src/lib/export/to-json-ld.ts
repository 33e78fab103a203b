import type { Occurrence, PlaceEntry } from '../domain/index.ts';
import { publishedFact, publishedStreet, withoutPlaceholders } from '../places/published-facts.ts';
import { routes } from '../site/routes.ts';
import { absoluteUrl, eventPageUrl, type ExportContext } from './export-context.ts';
import { venueOf } from './venue.ts';
import { openingHoursToSpec } from './opening-hours-spec.ts';

/*
 * schema.org JSON-LD for search engines: Event on event pages, Place / LocalBusiness on place
 * pages. Plain objects; `serialiseJsonLd` makes them safe inside a <script> element.
 */

type JsonLd = Record<string, unknown>;

const STATUS = {
  confirmed: 'https://schema.org/EventScheduled',
  tentative: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
} as const;

function postalAddress(street: string | null, postalCode: string | null, locality: string | null): JsonLd {
  return {
    '@type': 'PostalAddress',
    ...(street === null ? {} : { streetAddress: street }),
    ...(postalCode === null ? {} : { postalCode }),
    ...(locality === null ? {} : { addressLocality: locality }),
    addressRegion: 'Bretagne',
    addressCountry: 'FR',
  };
}

/** `5 €`, `5,50 euros` → 5 / 5.5; `null` when the text holds no single amount. */
export function priceAmount(price: string | null): number | null {
  const amounts = price?.match(/\d+(?:[.,]\d{1,2})?/g) ?? [];
  return amounts.length === 1 ? Number(amounts.join('').replace(',', '.')) : null;
}

function offersOf(o: Occurrence, url: string): JsonLd | undefined {
  const amount = o.free === true ? 0 : priceAmount(o.price);
  if (amount === null) return undefined;
  return { '@type': 'Offer', price: amount, priceCurrency: 'EUR', url, availability: 'https://schema.org/InStock' };
}

/** schema.org Event of one occurrence. */
export function occurrenceToJsonLd(o: Occurrence, ctx: ExportContext): JsonLd {
  const venue = venueOf(o, ctx);
  const url = eventPageUrl(ctx, o);
  const coordinates = o.coordinates ?? venue.place?.coordinates ?? null;
  const source = ctx.sources.get(o.sourceId);
  const organiser = source === undefined ? undefined : ctx.places.get(source.organisation);
  const offers = offersOf(o, url);
  return {
    '@type': 'Event',
    name: o.title,
    ...(o.description === null ? {} : { description: o.description }),
    startDate: o.start,
    endDate: o.end,
    eventStatus: STATUS[o.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: venue.name ?? venue.communeName ?? '',
      address: postalAddress(venue.street, venue.postalCode, venue.communeName),
      ...(coordinates === null
        ? {}
        : { geo: { '@type': 'GeoCoordinates', latitude: coordinates.lat, longitude: coordinates.lon } }),
    },
    ...(offers === undefined ? {} : { offers }),
    ...(source === undefined
      ? {}
      : {
          organizer: {
            '@type': 'Organization',
            name: organiser?.name ?? source.name,
            // The partner's own site when known, else its page on this site: an organizer always has a url.
            url:
              (organiser === undefined ? undefined : publishedFact(organiser, 'website')) ??
              absoluteUrl(ctx, organiser === undefined ? routes.home() : routes.place(organiser.id)),
          },
        }),
    url,
  };
}

/** The JSON-LD document of an event page: its upcoming occurrences (at most `max`) as Events. */
export function seriesToJsonLd(occurrences: readonly Occurrence[], ctx: ExportContext, max = 10): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@graph': occurrences.slice(0, max).map((o) => occurrenceToJsonLd(o, ctx)),
  };
}

/**
 * schema.org LocalBusiness (a Library for médiathèques) of a place, with its weekly hours. Hours,
 * phone and email still to be confirmed by the partner are left out: search engines repeat them.
 */
export function placeToJsonLd(place: PlaceEntry, ctx: ExportContext): JsonLd {
  const commune = ctx.communes.get(place.address.commune);
  const openingHours = publishedFact(place, 'openingHours');
  const hours = openingHours === undefined ? [] : openingHoursToSpec(openingHours);
  const [phone, email, website] = [
    publishedFact(place, 'phone'),
    publishedFact(place, 'email'),
    publishedFact(place, 'website'),
  ];
  const description = withoutPlaceholders(place.description);
  return {
    '@context': 'https://schema.org',
    '@type': place.kind === 'mediatheque' ? 'Library' : 'LocalBusiness',
    name: place.name,
    ...(description === '' ? {} : { description }),
    address: postalAddress(publishedStreet(place), place.address.postalCode, commune?.name ?? null),
    geo: { '@type': 'GeoCoordinates', latitude: place.coordinates.lat, longitude: place.coordinates.lon },
    ...(phone === undefined ? {} : { telephone: phone }),
    ...(email === undefined ? {} : { email }),
    ...(website === undefined ? {} : { sameAs: [website] }),
    ...(hours.length === 0 ? {} : { openingHoursSpecification: hours }),
    ...(place.fees.includes('gratuit') ? { isAccessibleForFree: true } : {}),
    url: absoluteUrl(ctx, routes.place(place.id)),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` written as
 * `\u003c`… so that partner text can never close the element, nor U+2028/2029 break old parsers.
 */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
