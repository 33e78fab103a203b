import { describe, expect, it } from 'vitest';
import { OPEN_DATA_FILES, pageParam, pagedPath, partnerRoutes, routeOf, routes } from '../../../src/lib/site/routes.ts';

/** One example of each route, with the arguments a page would give it. */
const examples: { [K in keyof typeof routes | keyof typeof partnerRoutes]: string } = {
  home: routes.home(),
  agenda: routes.agenda(3),
  agendaMonth: routes.agendaMonth('2026-12'),
  agendaCommune: routes.agendaCommune('marcille-robert', 2),
  agendaTheme: routes.agendaTheme('demarches'),
  agendaPublic: routes.agendaPublic('seniors'),
  agendaFree: routes.agendaFree(),
  agendaListsGroup: routes.agendaListsGroup('publics', 2),
  agendaLines: routes.agendaLines('2026-12-01'),
  agendaFiltered: routes.agendaFiltered('public=seniors&date=month&page=2'),
  event: routes.event('atelier-tablette-3f9a01'),
  eventIcs: routes.eventIcs('atelier-tablette-3f9a01'),
  directory: routes.directory(2),
  directoryNeed: routes.directoryNeed('demarches'),
  directoryPublic: routes.directoryPublic('jeunes', 3),
  directoryCommune: routes.directoryCommune('janze'),
  place: routes.place('mediatheque-janze'),
  commune: routes.commune('le-theil-de-bretagne'),
  communeNeed: routes.communeNeed('thourie', 'demarches'),
  map: routes.map(),
  mapPlace: routes.mapPlace('fablab-janze'),
  mapData: routes.mapData(),
  search: routes.search(),
  searchWithoutScript: routes.searchWithoutScript(),
  searchBundle: routes.searchBundle(),
  programme: routes.programme(),
  programmeQuarter: routes.programmeQuarter('retiers', 2),
  programmeCommune: routes.programmeCommune('retiers'),
  openData: routes.openData(),
  openDataFile: routes.openDataFile('lieux.json'),
  roadmap: routes.roadmap(),
  roadmapAction: routes.roadmapAction(10),
  observatory: routes.observatory(),
  observatoryDimension: routes.observatoryDimension('communes'),
  whiteZones: routes.whiteZones(),
  whiteZonesNeed: routes.whiteZonesNeed('demarches'),
  copil: routes.copil(),
  indicatorCsv: routes.indicatorCsv('zones-blanches'),
  rss: routes.rss(),
  agendaIcs: routes.agendaIcs(),
  communeIcs: routes.communeIcs('janze'),
  themeIcs: routes.themeIcs('securite'),
  partners: partnerRoutes.partners(2),
  partnersPublish: partnerRoutes.partnersPublish(),
  partnersPublishSection: partnerRoutes.partnersPublishSection('modele-de-tableur'),
  partnersCheck: partnerRoutes.partnersCheck(),
  partnersCheckDirectory: partnerRoutes.partnersCheckDirectory(),
  partnersCsvTemplate: partnerRoutes.partnersCsvTemplate(),
  accessibility: routes.accessibility(),
  siteMap: routes.siteMap(),
  legalNotice: routes.legalNotice(),
  sitemapXml: routes.sitemapXml(),
  favicon: routes.favicon(),
};

describe('routes', () => {
  it('builds the public URLs of DESIGN.md', () => {
    expect(examples).toMatchObject({
      place: '/lieux/mediatheque-janze/',
      event: '/evenements/atelier-tablette-3f9a01/',
      communeNeed: '/communes/thourie/demarches/',
      agendaMonth: '/agenda/2026-12/',
      communeIcs: '/agenda/janze.ics',
      themeIcs: '/agenda/themes/securite.ics',
      openDataFile: '/donnees/lieux.json',
      roadmapAction: '/feuille-de-route/action-10/',
      indicatorCsv: '/donnees/indicateurs/zones-blanches.csv',
      directory: '/annuaire/page-2/',
      mapData: '/carte/lieux.json',
      programmeQuarter: '/programme/retiers/trimestre/page-2/',
      partners: '/partenaires/page-2/',
      partnersPublish: '/partenaires/publier/',
      partnersCheck: '/partenaires/verifier/',
      partnersCheckDirectory: '/partenaires/verifier/annuaire.json',
      partnersCsvTemplate: '/partenaires/modele-agenda.csv',
    });
  });

  it('puts the calendar file of an event next to its page', () => {
    expect(routes.eventIcs('atelier-tablette-3f9a01')).toBe('/evenements/atelier-tablette-3f9a01.ics');
  });

  it.each(Object.entries(examples))('recognises what %s builds as its own URL', (name, url) => {
    expect(routeOf(url)).toBe(name);
  });

  it('names every open data file by a pattern', () => {
    for (const file of OPEN_DATA_FILES) expect(routeOf(routes.openDataFile(file))).toBe('openDataFile');
  });

  it('recognises the scripts and styles Astro writes', () => {
    expect(routeOf('/_astro/place-map.C2x_Yz9a.js')).toBe('asset');
  });

  it('refuses URLs no builder makes', () => {
    for (const url of [
      '/lieux/',
      '/lieu/mediatheque-janze/',
      '/agenda/page-1/',
      '/partenaires/page-1/',
      '/evenements/Atelier/',
      '/carte/#',
    ])
      expect(routeOf(url), url).toBeUndefined();
  });
});

describe('pagedPath and pageParam', () => {
  it('keep the first page at the listing’s own address and number the others', () => {
    expect([1, 2, 12].map((n) => pagedPath('/agenda/gratuit/', n))).toEqual([
      '/agenda/gratuit/',
      '/agenda/gratuit/page-2/',
      '/agenda/gratuit/page-12/',
    ]);
    expect([1, 2].map(pageParam)).toEqual([undefined, 'page-2']);
  });
});
