import { seriesSlugIndex, seriesSlugOf, type SlugIndex } from '../agenda/series.ts';
import type { Commune, Occurrence, PlaceEntry, Source, Taxonomy } from '../domain/index.ts';
import { routes } from '../site/routes.ts';

/** What every export needs to name places, communes and themes, and to make absolute links. */
export interface ExportContext {
  /** Public address of the site, with its trailing slash (`https://reperes-numeriques.example.org/`). */
  siteUrl: string;
  /** Host used in iCalendar UIDs (`reperes-numeriques.example.org`). */
  host: string;
  places: ReadonlyMap<string, PlaceEntry>;
  /** Communes by INSEE code. */
  communes: ReadonlyMap<string, Commune>;
  taxonomy: Taxonomy;
  /** Sources by id (organisers of events). */
  sources: ReadonlyMap<string, Source>;
  /** Series id → slug of `/evenements/<slug>/`, from every occurrence of the site (as the event pages). */
  seriesSlugs: SlugIndex;
}

/** The data an export context is made from (a subset of the site data). */
export interface ExportData {
  places: readonly PlaceEntry[];
  communes: readonly Commune[];
  taxonomy: Taxonomy;
  sources: readonly Source[];
  /** Every occurrence of the site (series slugs are computed from all of them). */
  occurrences: readonly Occurrence[];
}

/** Indexes the site data for the exports. `site` is the site's public address. */
export function buildExportContext(data: ExportData, site: string | URL): ExportContext {
  const url = new URL(site);
  return {
    siteUrl: new URL('/', url).href,
    host: url.host,
    places: new Map(data.places.map((p) => [p.id, p])),
    communes: new Map(data.communes.map((c) => [c.insee, c])),
    taxonomy: data.taxonomy,
    sources: new Map(data.sources.map((s) => [s.id, s])),
    seriesSlugs: seriesSlugIndex(data.occurrences),
  };
}

/** Absolute URL of a site path (`/agenda/` → `https://…/agenda/`). */
export function absoluteUrl(ctx: ExportContext, path: string): string {
  return new URL(path, ctx.siteUrl).href;
}

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

/** The venue of an occurrence: its place of the directory, else its published location and commune. */
export function venueOf(occurrence: Occurrence, ctx: ExportContext): Venue {
  const place = occurrence.placeId === null ? undefined : ctx.places.get(occurrence.placeId);
  const commune = ctx.communes.get(occurrence.commune ?? place?.address.commune ?? '');
  return {
    name: place?.name ?? occurrence.location,
    street: place?.address.street ?? null,
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

/** Absolute URL of the page of an occurrence's series (`https://…/evenements/<slug>/`). */
export function eventPageUrl(ctx: ExportContext, occurrence: Pick<Occurrence, 'seriesId' | 'title'>): string {
  return absoluteUrl(ctx, routes.event(seriesSlugOf(ctx.seriesSlugs, occurrence)));
}

/** `true` when a fact of a place is confirmed by the partner (not listed in `toConfirm`). */
export function isConfirmed(place: Pick<PlaceEntry, 'toConfirm'>, field: string): boolean {
  return place.toConfirm === false || (Array.isArray(place.toConfirm) && !place.toConfirm.some((f) => f === field));
}

/** Labels of theme ids, in taxonomy order, unknown ids left out. */
export function themeLabels(themes: readonly string[], ctx: ExportContext): string[] {
  return ctx.taxonomy.themes.filter((t) => themes.includes(t.id)).map((t) => t.label);
}
