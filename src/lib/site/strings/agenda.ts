/** Strings of the agenda's listings (`/agenda/`, months, communes, themes, publics, free) and of its filter. */
import { withPreposition } from '../../text/french-preposition.ts';
import { listOf } from './list-of.ts';
import { freshnessText } from './freshness.ts';

export const agendaText = {
  title: 'Agenda',
  intro: (day: string) =>
    `Les rendez-vous numériques du territoire ${freshnessText.from(day)} : ateliers, permanences, stages.`,
  description: 'Ateliers, permanences et stages numériques à venir sur le territoire de Roche aux Fées Communauté.',
  empty: (day: string) => `Aucun rendez-vous annoncé ${freshnessText.from(day)}.`,
  emptyFiltered: 'Aucun rendez-vous ne correspond à ces choix. Essayez une autre commune ou « Toutes les dates ».',
  /** The price line of an occurrence known to be free. */
  free: 'Gratuit',
  moreDates: (n: number) => (n === 1 ? 'et 1 autre date' : `et ${n} autres dates`),
  filterLabel: 'Filtrer les rendez-vous',
  filterCommune: 'Commune',
  filterAllCommunes: 'Toutes les communes',
  filterNearby: (km: number) => `Avec les communes voisines (moins de ${km} km)`,
  filterTheme: 'Thème',
  filterAllThemes: 'Tous les thèmes',
  filterPublic: 'Pour qui',
  filterAllPublics: 'Tout le monde',
  filterDate: 'Quand',
  filterDates: {
    all: 'Toutes les dates',
    today: 'Aujourd’hui',
    week: 'Les 7 prochains jours',
    weekend: 'Ce week-end',
    month: 'Ce mois-ci',
  },
  filterFree: 'Gratuit seulement',
  filterReset: 'Tout afficher',
  /** The form's submit button (the filter also applies at each change). */
  filterApply: 'Filtrer',
  filterCount: (n: number) =>
    n === 0
      ? 'Aucun rendez-vous ne correspond.'
      : n === 1
        ? '1 rendez-vous correspond.'
        : `${n} rendez-vous correspondent.`,
  filterPageNote: (page: number, pages: number) =>
    `Les filtres s’appliquent à cette page (${String(page)} sur ${String(pages)}).`,
  filterCommunePage: 'Tous les rendez-vous de cette commune et des communes voisines, sur toutes les dates',
  listsTitle: 'Listes toutes prêtes',
  listsByCommune: 'Près de chez vous',
  listsByTheme: 'Par thème',
  listsByPublic: 'Pour qui',
  listsByMonth: 'Par mois',
  listsFree: 'Seulement les rendez-vous gratuits',
  communeTitle: (name: string) => `Agenda ${withPreposition('près de', name)}`,
  /** `Rendez-vous à Amanlis, à Brie et au Theil-de-Bretagne.` */
  communeIntro: (names: readonly string[]) => `Rendez-vous ${listOf(names.map((n) => withPreposition('à', n)))}.`,
  themeTitle: (label: string) => `Agenda : ${label}`,
  publicTitle: (label: string) => `Agenda : ${label}`,
  freeTitle: 'Agenda : rendez-vous gratuits',
  /** `Agenda de décembre 2026`, `Agenda d’avril 2027`. */
  monthTitle: (month: string) => `Agenda ${withPreposition('de', month)}`,
  monthNav: 'Mois',
  pagination: 'Pages de l’agenda',
  pageTitle: (page: number) => `Agenda, page ${page}`,
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  backToAgenda: 'Tout l’agenda',
} as const;
