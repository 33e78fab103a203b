import { seriesSlugOf, type SlugIndex } from '../agenda/series.ts';
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
  /** Series id → slug, computed once per build from every occurrence (`seriesSlugIndex`). */
  seriesSlugs: SlugIndex;
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
    seriesSlugs: data.seriesSlugs,
  };
}

/** Absolute URL of a site path (`/agenda/` → `https://…/agenda/`). */
export function absoluteUrl(ctx: ExportContext, path: string): string {
  return new URL(path, ctx.siteUrl).href;
}

/** Absolute URL of the page of an occurrence's series (`https://…/evenements/<slug>/`). */
export function eventPageUrl(ctx: ExportContext, occurrence: Pick<Occurrence, 'seriesId' | 'title'>): string {
  return absoluteUrl(ctx, routes.event(seriesSlugOf(ctx.seriesSlugs, occurrence)));
}

/** Labels of theme ids, in taxonomy order, unknown ids left out. */
export function themeLabels(themes: readonly string[], ctx: ExportContext): string[] {
  return ctx.taxonomy.themes.filter((t) => themes.includes(t.id)).map((t) => t.label);
}
