/** Strings of an event page (`/evenements/<slug>/`): dates, place, facts, « Ajouter à mon agenda ». */
import { contactText } from './contact.ts';
import { freshnessText } from './freshness.ts';

export const eventText = {
  when: 'Quand ?',
  upcomingDates: (n: number, day: string) =>
    n === 1 ? `La date ${freshnessText.from(day)}` : `Les ${n} dates ${freshnessText.from(day)}`,
  past: 'Cet événement est passé. Dernière date :',
  moreDates: (n: number, last: string) =>
    `Et ${n === 1 ? '1 autre date' : `${String(n)} autres dates`}, jusqu’au ${last}.`,
  allDatesIcs: 'Toutes les dates dans le fichier agenda (.ics)',
  where: 'Où ?',
  placeLink: 'Voir le lieu : horaires, accès, contact',
  /** `Lieu non précisé : renseignez-vous auprès de Orditous (voir « Qui organise ? »).` */
  placeUnknown: (whom: string) => `Lieu non précisé : ${contactText.askOrganiser(whom)} (voir « Qui organise ? »).`,
  mapLink: 'Voir sur la carte',
  access: 'Accès',
  forWhom: 'Pour qui ?',
  price: 'Combien ?',
  priceUnknown: (whom: string) => `Prix non précisé : ${contactText.askOrganiser(whom)} (voir « Qui organise ? »).`,
  registrationUnknown: (whom: string) => `Non précisé : ${contactText.askOrganiser(whom)} (voir « Qui organise ? »).`,
  organiser: 'Qui organise ?',
  alsoFrom: 'Aussi annoncé par',
  elsewhere: 'Le même rendez-vous ailleurs',
  elsewhereMore: (n: number) => (n === 1 ? 'Et 1 autre lieu.' : `Et ${String(n)} autres lieux.`),
  moreInfo: 'Plus d’informations sur le site de l’organisateur',
  themes: 'Thèmes',
  addToCalendar: 'Ajouter à mon agenda',
  addIcs: 'Télécharger le fichier agenda (.ics)',
  addIcsHint: 'toutes les dates, pour Outlook, Thunderbird, un téléphone…',
  /** The « add » links carry one date: `Google Agenda (le mercredi 2 décembre, 14 h – 16 h)`. */
  addGoogle: (when: string) => `Google Agenda (le ${when})`,
  addOutlook: (when: string) => `Outlook.com (le ${when})`,
  addApple: 'Calendrier Apple (iPhone, Mac) : toutes les dates',
  subscribeGoogle: 'S’abonner dans Google Agenda (toutes les dates, mises à jour)',
} as const;
