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
  filterSubmit: 'Afficher',
  filterReset: 'Tout afficher',
  filterLoading: 'Recherche des rendez-vous…',
  filterFailed:
    'Les rendez-vous n’ont pas pu être chargés. Réessayez, ou choisissez une des listes toutes prêtes en bas de page.',
  /** More lines than loaded so far (the later months are read only when needed). */
  filterCountAtLeast: (n: number) => `Au moins ${String(n)} rendez-vous correspondent.`,
  /** With a public chosen: how many lines are meant for it, the others being for everybody. */
  filterPublicSplit: (forPublic: number, everybody: number) =>
    `${String(forPublic)} ${forPublic > 1 ? 'sont destinés' : 'est destiné'} à ce public (mention « Pour : … »), ${String(everybody)} ${everybody > 1 ? 'sont ouverts' : 'est ouvert'} à tous (mention « Tout public »).`,
  filterPage: (page: number, pages: number | null) =>
    pages === null ? `Page ${String(page)}.` : `Page ${String(page)} sur ${String(pages)}.`,
  /** The line's publics, when it is meant for some: `Pour : Seniors`. */
  forPublics: (labels: readonly string[]) => `Pour : ${labels.join(', ')}`,
  /** On a listing for one public, the lines open to everybody. */
  everybody: 'Tout public',
  /** After the heading of a day whose first lines are on the previous page. */
  dayContinued: '(suite)',
  /** Under the last line of a page when the day goes on on the next page. */
  dayContinues: 'La suite de cette journée est à la page suivante.',
  /** At the top of the main listing: where the ready-made lists are (they work without JavaScript). */
  listsPointer: 'Listes toutes prêtes :',
  listsPointerLinks: {
    communes: 'par commune',
    themes: 'par thème',
    publics: 'pour qui',
    months: 'par mois',
  },
  listsPointerFree: 'gratuits',
  filterCount: (n: number) =>
    n === 0
      ? 'Aucun rendez-vous ne correspond.'
      : n === 1
        ? '1 rendez-vous correspond.'
        : `${n} rendez-vous correspondent.`,
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
  publicIntro: (label: string) =>
    `Les rendez-vous destinés à ce public portent la mention « Pour : ${label} » ; les autres, marqués « Tout public », sont ouverts à tous.`,
  freeTitle: 'Agenda : rendez-vous gratuits',
  /** `Agenda de décembre 2026`, `Agenda d’avril 2027`. */
  monthTitle: (month: string) => `Agenda ${withPreposition('de', month)}`,
  monthNav: 'Mois',
  pagination: 'Pages de l’agenda',
  /** Added to the title of a listing's later pages: `Agenda de décembre 2026, page 2`. */
  pageSuffix: (page: number) => `, page ${String(page)}`,
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  backToAgenda: 'Tout l’agenda',
} as const;
