import type { RouteName } from '../../src/lib/site/routes.ts';

/**
 * The HTML page types of the site: every route that builds pages (feeds, data files, fragments and
 * the search's no-JavaScript page of the fixture aside). A built site must hold one of each.
 */
export const PAGE_TYPES: readonly RouteName[] = [
  'home',
  'agenda',
  'agendaMonth',
  'agendaCommune',
  'agendaTheme',
  'agendaPublic',
  'agendaFree',
  'event',
  'directory',
  'directoryNeed',
  'directoryPublic',
  'directoryCommune',
  'place',
  'commune',
  'communeNeed',
  'map',
  'search',
  'searchWithoutScript',
  'programme',
  'programmeQuarter',
  'programmeCommune',
  'openData',
  'roadmap',
  'roadmapAction',
  'observatory',
  'observatoryDimension',
  'whiteZones',
  'whiteZonesNeed',
  'copil',
  'partners',
  'partnersPublish',
  'partnersCheck',
  'accessibility',
  'siteMap',
  'legalNotice',
];
