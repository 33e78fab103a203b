/** Strings of the outputs for machines: iCalendar files, the RSS feed, the « subscribe » links. */
import { withPreposition } from '../../text/french-preposition.ts';
import { commonText } from './common.ts';
import { shouted, statusText } from './status.ts';

export const icsText = {
  prodId: '-//Roche aux Fées Communauté//Repères numériques//FR',
  /** SUMMARY of a cancelled occurrence: `ANNULÉ – Café numérique`. */
  cancelled: `${shouted(statusText.cancelled)} –`,
  price: 'Tarif',
  registration: commonText.registration,
  phone: commonText.phone,
  organiser: 'Organisé par',
  moreInfo: 'Plus d’informations',
  allName: 'Repères numériques – Roche aux Fées Communauté',
  allDescription: 'Tous les ateliers et rendez-vous numériques à venir sur le territoire de Roche aux Fées Communauté.',
  communeName: (commune: string) => `Repères numériques – ${commune}`,
  communeDescription: (commune: string) =>
    `Les ateliers et rendez-vous numériques à venir ${withPreposition('à', commune)}.`,
  themeName: (theme: string) => `Repères numériques – ${theme}`,
  themeDescription: (theme: string) => `Les ateliers et rendez-vous numériques à venir sur le territoire : ${theme}.`,
  eventDescription: 'Toutes les dates de cet événement, tenues à jour par Repères numériques.',
} as const;

export const rssText = {
  title: 'Repères numériques – agenda du numérique en Roche aux Fées',
  description:
    'Les nouveaux ateliers et rendez-vous numériques publiés sur le territoire de Roche aux Fées Communauté.',
  linkTitle: 'Agenda de Repères numériques (RSS)',
  /** Title of a series whose every date is cancelled: `ANNULÉ : Café numérique — …`. */
  cancelled: `${shouted(statusText.cancelled)} :`,
  /** `Annulé le mardi 8 décembre, 14 h – 16 h.` */
  cancelledOn: `${statusText.cancelled} le`,
  nextDates: (n: number) => (n > 1 ? `${n} dates à venir, la prochaine` : 'Quand'),
} as const;

/** The links that subscribe a calendar app to a published `.ics`. */
export const subscribeText = {
  /** Heading of the subscription block: `S’abonner à l’agenda de Janzé`. */
  title: (what: string) => `S’abonner à ${what}`,
  whole: 'l’agenda de tout le territoire',
  commune: (name: string) => `l’agenda ${withPreposition('de', name)}`,
  theme: (label: string) => `l’agenda « ${label} »`,
  subscribe: 'Ouvrir dans mon application d’agenda (webcal)',
  googleSubscribe: 'S’abonner avec Google Agenda',
  address: 'Adresse de l’agenda, à copier :',
  download: 'Télécharger (.ics)',
  /** One sentence for the four usual apps; the agenda then follows every change by itself. */
  howTo:
    'Pour l’ajouter, copiez cette adresse puis, dans Google Agenda, « Autres agendas », « + », « À partir de l’URL » ; ' +
    'dans Outlook, « Ajouter un calendrier », « S’abonner à partir du web » ; dans Calendrier d’Apple, « Fichier », ' +
    '« Nouvel abonnement à un calendrier » (sur iPhone, touchez simplement le lien webcal) ; dans Thunderbird, ' +
    '« Nouvel agenda », « Sur le réseau » : votre agenda se mettra ensuite à jour tout seul.',
} as const;
