/**
 * Every public URL of the site (DESIGN.md, « Public URLs »), built here and only here: pages,
 * components, feeds, open data and browser scripts call these builders instead of writing paths.
 * Each builder carries the pattern of the URLs it makes; the site test checks every link of the
 * built site against them, so a URL written anywhere else is caught.
 */

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const MONTH = '\\d{4}-(?:0[1-9]|1[0-2])';
/** The second and later pages of a listing: `page-2/`… */
const PAGE = '(?:page-(?:[2-9]|[1-9]\\d+)/)?';

/** A URL builder and the pattern of every URL it builds. */
export type Route<F extends (...args: never[]) => string> = F & { readonly pattern: RegExp };

function route<F extends (...args: never[]) => string>(pattern: string, build: F): Route<F> {
  return Object.assign(build, { pattern: new RegExp(`^${pattern}$`) });
}

/** Page `page` (1-based) of a listing whose first page is `base`: `base`, then `base` + `page-2/`… */
export function pagedPath(base: string, page = 1): string {
  return page <= 1 ? base : `${base}page-${String(page)}/`;
}

/** The `[...page]` parameter of a listing's page: none for the first, `page-2`… after. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page-${String(page)}`;
}

/** The files of `/donnees/`. */
export const OPEN_DATA_FILES = [
  'lieux-mediation-numerique.csv',
  'lieux-mediation-numerique.json',
  'lieux.json',
  'evenements.json',
] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];

/** The CSV files of the observatory, under `/donnees/indicateurs/`. */
export const INDICATOR_CSV_FILES = [
  'communes',
  'themes',
  'publics',
  'axes',
  'historique',
  'zones-blanches',
  'flux',
  'feuille-de-route',
] as const;
export type IndicatorCsvFile = (typeof INDICATOR_CSV_FILES)[number];

/** The breakdowns of the observatory, one page each. */
export const OBSERVATORY_DIMENSIONS = ['communes', 'themes', 'publics', 'axes'] as const;
export type ObservatoryDimension = (typeof OBSERVATORY_DIMENSIONS)[number];

/** The groups of the agenda's ready-made lists, each an anchor of the listing pages. */
export const READY_LIST_GROUPS = ['communes', 'themes', 'publics', 'mois'] as const;
export type ReadyListGroup = (typeof READY_LIST_GROUPS)[number];

const alternatives = (values: readonly string[]) => `(?:${values.map((v) => v.replace(/\./g, '\\.')).join('|')})`;

export const routes = {
  home: route('/', () => '/'),

  // The agenda and its listings; every listing is paginated the same way (`pagedPath`).
  agenda: route(`/agenda/${PAGE}`, (page = 1) => pagedPath('/agenda/', page)),
  agendaMonth: route(`/agenda/${MONTH}/${PAGE}`, (month: string, page = 1) => pagedPath(`/agenda/${month}/`, page)),
  agendaCommune: route(`/agenda/communes/${SLUG}/${PAGE}`, (communeSlug: string, page = 1) =>
    pagedPath(`/agenda/communes/${communeSlug}/`, page),
  ),
  agendaTheme: route(`/agenda/themes/${SLUG}/${PAGE}`, (themeId: string, page = 1) =>
    pagedPath(`/agenda/themes/${themeId}/`, page),
  ),
  agendaPublic: route(`/agenda/publics/${SLUG}/${PAGE}`, (publicId: string, page = 1) =>
    pagedPath(`/agenda/publics/${publicId}/`, page),
  ),
  agendaFree: route(`/agenda/gratuit/${PAGE}`, (page = 1) => pagedPath('/agenda/gratuit/', page)),
  /** A group of the ready-made lists at the bottom of a page of the main listing (`#listes-communes`…). */
  agendaListsGroup: route(
    `/agenda/${PAGE}#listes-${alternatives(READY_LIST_GROUPS)}`,
    (group: ReadyListGroup, page = 1) => `${pagedPath('/agenda/', page)}#listes-${group}`,
  ),
  /** Upcoming lines from a day on, for the agenda's filter in the browser (src/lib/agenda/agenda-lines-file.ts). */
  agendaLines: route(
    `/agenda/lignes/\\d{4}-\\d{2}-\\d{2}\\.json`,
    (firstDay: string) => `/agenda/lignes/${firstDay}.json`,
  ),
  /** The agenda filtered (`?commune=…&page=2`, src/lib/agenda/agenda-query.ts): the main listing's address. */
  agendaFiltered: route(`/agenda/\\?[\\w=&%.+-]*`, (query: string) =>
    query === '' ? '/agenda/' : `/agenda/?${query}`,
  ),

  // One event (a series) and its calendar file.
  event: route(`/evenements/${SLUG}/`, (slug: string) => `/evenements/${slug}/`),
  eventIcs: route(`/evenements/${SLUG}\\.ics`, (slug: string) => `/evenements/${slug}.ics`),

  // The directory and its filter pages (one criterion each), paginated like the agenda's listings.
  directory: route(`/annuaire/${PAGE}`, (page = 1) => pagedPath('/annuaire/', page)),
  directoryNeed: route(`/annuaire/besoin/${SLUG}/${PAGE}`, (needId: string, page = 1) =>
    pagedPath(`/annuaire/besoin/${needId}/`, page),
  ),
  directoryPublic: route(`/annuaire/public/${SLUG}/${PAGE}`, (publicId: string, page = 1) =>
    pagedPath(`/annuaire/public/${publicId}/`, page),
  ),
  directoryCommune: route(`/annuaire/commune/${SLUG}/${PAGE}`, (communeSlug: string, page = 1) =>
    pagedPath(`/annuaire/commune/${communeSlug}/`, page),
  ),

  place: route(`/lieux/${SLUG}/`, (placeId: string) => `/lieux/${placeId}/`),
  commune: route(`/communes/${SLUG}/`, (communeSlug: string) => `/communes/${communeSlug}/`),
  communeNeed: route(
    `/communes/${SLUG}/${SLUG}/`,
    (communeSlug: string, needId: string) => `/communes/${communeSlug}/${needId}/`,
  ),

  map: route('/carte/', () => '/carte/'),
  /** A place on the map: its marker's popup opened (and its line of the list, when the list holds it). */
  mapPlace: route(`/carte/#${SLUG}`, (placeId: string) => `/carte/#${placeId}`),
  /** Every place of the map, its markers and popups: one file the browser caches (`src/build/map-page.ts`). */
  mapData: route('/carte/lieux\\.json', () => '/carte/lieux.json'),

  search: route('/recherche/', () => '/recherche/'),
  /** Where the search form leads without JavaScript: the ready-made lists. */
  searchWithoutScript: route('/recherche/sans-javascript/', () => '/recherche/sans-javascript/'),
  /** The Pagefind bundle written after the build (`scripts/index-search.ts`). */
  searchBundle: route('/pagefind/', () => '/pagefind/'),

  programme: route('/programme/', () => '/programme/'),
  /** A commune's programme of the quarter, paginated when long. */
  programmeQuarter: route(`/programme/${SLUG}/trimestre/${PAGE}`, (communeSlug: string, page = 1) =>
    pagedPath(`/programme/${communeSlug}/trimestre/`, page),
  ),
  /** A commune's poster of the month (A4), paginated when long. */
  programmeCommune: route(`/programme/${SLUG}/${PAGE}`, (communeSlug: string, page = 1) =>
    pagedPath(`/programme/${communeSlug}/`, page),
  ),

  openData: route('/donnees/', () => '/donnees/'),
  openDataFile: route(`/donnees/${alternatives(OPEN_DATA_FILES)}`, (file: OpenDataFile) => `/donnees/${file}`),

  // The roadmap and its observatory.
  roadmap: route('/feuille-de-route/', () => '/feuille-de-route/'),
  roadmapAction: route(
    '/feuille-de-route/action-(?:[1-9]|1[0-2])/',
    (id: number) => `/feuille-de-route/action-${String(id)}/`,
  ),
  observatory: route('/observatoire/', () => '/observatoire/'),
  observatoryDimension: route(
    `/observatoire/${alternatives(OBSERVATORY_DIMENSIONS)}/`,
    (dimension: ObservatoryDimension) => `/observatoire/${dimension}/`,
  ),
  whiteZones: route('/observatoire/zones-blanches/', () => '/observatoire/zones-blanches/'),
  whiteZonesNeed: route(
    `/observatoire/zones-blanches/${SLUG}/`,
    (needId: string) => `/observatoire/zones-blanches/${needId}/`,
  ),
  copil: route('/observatoire/copil/', () => '/observatoire/copil/'),
  indicatorCsv: route(
    `/donnees/indicateurs/${alternatives(INDICATOR_CSV_FILES)}\\.csv`,
    (file: IndicatorCsvFile) => `/donnees/indicateurs/${file}.csv`,
  ),

  // Feeds.
  rss: route('/rss\\.xml', () => '/rss.xml'),
  agendaIcs: route('/agenda\\.ics', () => '/agenda.ics'),
  communeIcs: route(`/agenda/${SLUG}\\.ics`, (communeSlug: string) => `/agenda/${communeSlug}.ics`),
  themeIcs: route(`/agenda/themes/${SLUG}\\.ics`, (themeId: string) => `/agenda/themes/${themeId}.ics`),

  // Legally required pages and files for machines.
  accessibility: route('/accessibilite/', () => '/accessibilite/'),
  siteMap: route('/plan-du-site/', () => '/plan-du-site/'),
  legalNotice: route('/mentions-legales/', () => '/mentions-legales/'),
  sitemapXml: route('/sitemap-index\\.xml', () => '/sitemap-index.xml'),
  favicon: route('/favicon\\.svg', () => '/favicon.svg'),
};

/**
 * The partners' space: each feed's health, how to publish, the feed checker, the CSV template.
 * Kept apart from `routes` so that the browser scripts of other pages, which import `routes`,
 * do not carry them (bundlers drop this object where it is not used).
 */
export const partnerRoutes = {
  /** Each feed's health, the feeds that need attention first, paginated like the directory. */
  partners: /* @__PURE__ */ route(`/partenaires/${PAGE}`, (page = 1) => pagedPath('/partenaires/', page)),
  partnersPublish: /* @__PURE__ */ route('/partenaires/publier/', () => '/partenaires/publier/'),
  /** A section of the publishing guide. */
  partnersPublishSection: /* @__PURE__ */ route(
    `/partenaires/publier/#${SLUG}`,
    (section: string) => `/partenaires/publier/#${section}`,
  ),
  partnersCheck: /* @__PURE__ */ route('/partenaires/verifier/', () => '/partenaires/verifier/'),
  /** The directory the feed checker reads a feed against (JSON, fetched by its script). */
  partnersCheckDirectory: /* @__PURE__ */ route(
    '/partenaires/verifier/annuaire\\.json',
    () => '/partenaires/verifier/annuaire.json',
  ),
  partnersCsvTemplate: /* @__PURE__ */ route(
    '/partenaires/modele-agenda\\.csv',
    () => '/partenaires/modele-agenda.csv',
  ),
};

export type RouteName = keyof typeof routes | keyof typeof partnerRoutes;

/** Files Astro writes itself (scripts and styles of the pages); no builder, only their pattern. */
const ASSET = /^\/_astro\/[\w.-]+\.(?:js|css)$/;

/** The name of the route a site path (with its `#fragment`, if any) belongs to, `asset` for Astro's files, else `undefined`. */
export function routeOf(path: string): RouteName | 'asset' | undefined {
  if (ASSET.test(path)) return 'asset';
  const all: Record<RouteName, { pattern: RegExp }> = { ...routes, ...partnerRoutes };
  return (Object.keys(all) as RouteName[]).find((name) => all[name].pattern.test(path));
}
