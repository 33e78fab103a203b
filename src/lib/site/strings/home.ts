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
  communeHint: 'Tapez le début du nom, même sans accent : « thourie », « janze »…',
  submit: 'Voir les lieux les plus proches',
  geolocate: 'Utiliser ma position',
  geolocateNote: 'Votre position reste sur votre appareil : elle n’est envoyée nulle part.',
  geolocating: 'Recherche de votre position…',
  geolocated: (name: string) => `Commune la plus proche de votre position : ${name}.`,
  geolocationFailed: 'Votre position n’a pas pu être trouvée. Tapez le nom de votre commune dans le champ ci-dessus.',
  needMissing: 'Choisissez d’abord ce dont vous avez besoin.',
  communeMissing: 'Commune introuvable. Vérifiez l’orthographe ou choisissez-la dans la liste.',
  suggestions: (n: number) =>
    n === 0 ? 'Aucune commune ne correspond.' : `${String(n)} commune${n > 1 ? 's' : ''} proposée${n > 1 ? 's' : ''}.`,
  chosen: (name: string) => `Commune choisie : ${name}.`,
  allCommunesTitle: 'Les communes',
  nextEventsTitle: (day: string) => `Les rendez-vous ${freshnessText.from(day)}`,
  agendaLink: 'Tout l’agenda',
  openTodayTitle: (day: string) => `Lieux ouverts le ${day}`,
  /** The same, said by the browser on the day of reading. */
  openNowTitle: (day: string) => `Lieux ouverts aujourd’hui, ${day}`,
  noneOpenToday: 'Aucun lieu n’annonce d’ouverture ce jour-là.',
  compliance: 'Accessibilité : non conforme (aucun audit RGAA n’a encore été réalisé).',
} as const;
