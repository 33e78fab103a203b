/** Strings of the open data page (`/donnees/`). */
import type { OpenDataFile } from '../routes.ts';
import type { RichText } from './rich-text.ts';

export const openDataText = {
  title: 'Données ouvertes',
  description: 'Les lieux et les événements du numérique en Roche aux Fées, en données ouvertes.',
  licence: [
    'Les lieux d’aide au numérique et les événements publiés sur ce site sont librement réutilisables, y compris commercialement, sous la ',
    { href: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/', text: 'Licence Ouverte 2.0' },
    ' (Etalab). La seule condition : citer la source, « Repères numériques – Roche aux Fées Communauté », et la date de mise à jour.',
  ] satisfies RichText,
  filesTitle: 'Les fichiers',
  files: {
    'lieux-mediation-numerique.csv': 'Lieux de médiation numérique, au standard national (CSV)',
    'lieux-mediation-numerique.json': 'Les mêmes lieux au standard national (JSON)',
    'lieux.json': 'Annuaire complet des lieux (JSON)',
    'evenements.json': 'Événements à venir (JSON)',
  } satisfies Record<OpenDataFile, string>,
  nationalNote: (places: number, columns: number, updatedOn: string, addressToConfirm: number) =>
    `${String(places)} lieux, ${String(columns)} colonnes, fichier refait le ${updatedOn}` +
    (addressToConfirm > 0
      ? ` ; ${String(addressToConfirm)} lieux dont l’adresse reste à confirmer n’y figurent pas encore (ils sont dans lieux.json)`
      : ''),
  placesNote: (places: number) => `${String(places)} lieux`,
  eventsNote: (dates: number) => `${String(dates)} dates`,
  stable: 'Les adresses ci-dessus ne changent pas : les fichiers sont refaits chaque nuit avec les dernières données.',
  nationalTitle: 'Pour la cartographie nationale des lieux d’inclusion numérique',
  national: (file: string, columns: number): RichText => [
    'Le fichier ',
    { code: file },
    ' suit le standard national des lieux de médiation numérique de La MedNum (schéma ',
    { code: 'standard-mediation-num' },
    ', version 1.0, publié sur ',
    { href: 'https://schema.data.gouv.fr/LaMednum/standard-mediation-num/', text: 'schema.data.gouv.fr' },
    `) : les ${String(columns)} colonnes dans l’ordre, les valeurs multiples séparées par « | », les horaires au format OpenStreetMap, les services, publics, frais et modalités d’accompagnement dans le vocabulaire national.`,
  ],
  nationalSteps: [
    'Publier un jeu de données sur data.gouv.fr qui pointe vers l’adresse stable du fichier CSV, en déclarant le schéma « Lieux de médiation numérique » (LaMednum/standard-mediation-num) : data.gouv.fr valide alors le fichier et l’équipe de la cartographie nationale (ANCT) le moissonne automatiquement.',
    'Ou signaler directement l’adresse du fichier à l’équipe de la cartographie nationale (cartographie.sonum@anct.gouv.fr).',
  ],
  pivot: (unknownPivot: string): RichText => [
    `Un lieu sans numéro SIRET ou RNA connu porte le numéro « ${unknownPivot} » dans la colonne `,
    { code: 'pivot' },
    ', comme le fait la cartographie nationale. Les horaires, téléphones, courriels et sites web que les partenaires n’ont pas encore confirmés ne sont pas transmis.',
  ],
  feedsTitle: 'Flux d’actualité et agendas',
  rss: 'Flux RSS des nouveaux événements',
  calendars: (perCommune: string, perTheme: string): RichText => [
    'L’agenda complet au format iCalendar, à suivre dans votre agenda ; il existe aussi un agenda par commune (',
    { code: perCommune },
    ') et par thème (',
    { code: perTheme },
    ').',
  ],
} as const;
