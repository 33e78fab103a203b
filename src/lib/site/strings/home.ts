/** Strings of the home page and of its « need + commune » finder. */
import { withPreposition } from '../../text/french-preposition.ts';
import { freshnessText } from './freshness.ts';

export const homeText = {
  title: 'Trouver de l’aide avec le numérique près de chez vous',
  /** After the tagline: `Les 16 communes de Roche aux Fées Communauté.` */
  communes: (n: number, territory: string) => `Les ${String(n)} communes ${withPreposition('de', territory)}.`,
  needsTitle: 'De quoi avez-vous besoin ?',
  communeTitle: 'Où habitez-vous ?',
  communeLabel: 'Votre commune',
  communeHint:
    'Tapez le nom, même sans accent, ou le code postal : « thourie », « ste colombe », « 35134 »… Flèche du bas : la liste des communes.',
  submit: 'Voir les lieux les plus proches',
  geolocate: 'Utiliser ma position',
  geolocateNote: 'Votre position reste sur votre appareil : elle n’est envoyée nulle part.',
  geolocating: 'Recherche de votre position…',
  geolocated: (name: string) => `Commune la plus proche de votre position : ${name}.`,
  geolocationFailed: 'Votre position n’a pas pu être trouvée. Tapez le nom de votre commune dans le champ ci-dessus.',
  needMissing: 'Choisissez d’abord ce dont vous avez besoin.',
  communeMissing:
    'Commune introuvable. Vérifiez l’orthographe, ou appuyez sur la flèche du bas pour voir la liste des communes.',
  /** A text that resembles some communes without being one of them: the list of lookalikes is open. */
  communeLookalikes: 'Commune introuvable sous ce nom. Est-ce l’une de celles de la liste ?',
  /** A text that means several communes (a shared postal code, a start of name): the list is open. */
  communeChoose: (n: number) => `${String(n)} communes correspondent : choisissez la vôtre dans la liste.`,
  suggestions: (n: number) =>
    n === 0
      ? 'Aucune commune ne correspond.'
      : n === 1
        ? '1 commune proposée. Flèche du bas pour la choisir.'
        : `${String(n)} communes proposées. Flèches haut et bas pour choisir.`,
  communeOptions: 'Communes proposées',
  chosen: (name: string) => `Commune choisie : ${name}.`,
  allCommunesTitle: 'Les communes',
  nextEventsTitle: (day: string) => `Les rendez-vous ${freshnessText.from(day)}`,
  agendaLink: 'Tout l’agenda',
  openTodayTitle: (day: string) => `Lieux ouverts le ${day}`,
  /** The same, said by the browser on the day of reading. */
  openNowTitle: (day: string) => `Lieux ouverts aujourd’hui, ${day}`,
  noneOpenToday: 'Aucun lieu n’annonce d’ouverture ce jour-là.',
  moreOpenToday: (n: number) =>
    `Et ${String(n)} autre${n > 1 ? 's' : ''} lieu${n > 1 ? 'x' : ''} ouvert${n > 1 ? 's' : ''} ce jour-là : voir l’annuaire`,
  compliance: 'Accessibilité : non conforme (aucun audit RGAA n’a encore été réalisé).',
} as const;
