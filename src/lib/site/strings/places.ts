/** Strings of a place: its page, its card, its hours and « open now », what to bring. */
import { withPreposition } from '../../text/french-preposition.ts';
import { commonText } from './common.ts';
import { statusText } from './status.ts';
import { freshnessText } from './freshness.ts';

export const placesText = {
  /** The line of a list naming a place's first session after the build: `Rendez-vous : Atelier…, mercredi 2 décembre`. */
  firstSession: 'Rendez-vous :',
  /** The meta description of a place page: `Médiathèque à Janzé : Apprendre les bases, …`. */
  description: (kind: string, commune: string, themes: readonly string[]) =>
    `${kind} ${withPreposition('à', commune)} : ${themes.join(', ')}.`,
  /** Always followed by how to reach the place (ContactLine): never « appelez » without whom. */
  noHours: 'Horaires non communiqués : renseignez-vous avant de venir (contact ci-dessous).',
  stopAt: 'Arrêt du bus :',
  distance: (d: string) => `à ${d}`,
  distanceNote: 'Distances à vol d’oiseau depuis le centre de la commune.',
  phone: `${commonText.phone} :`,
  email: 'Courriel :',
  website: 'Site internet :',
  toBring: 'À apporter :',
  toBringGeneral: 'À apporter (conseils généraux, pas encore confirmés par le lieu) :',
  /** `Rendez-vous ici à partir du mardi 1er décembre :` (never « prochains »: the page may be read days later). */
  nextSessions: (day: string) => `Rendez-vous ici ${freshnessText.from(day)} :`,
  noSessions: (day: string) => `Aucun rendez-vous annoncé ${freshnessText.from(day)}.`,
  hoursTitle: 'Horaires',
  contactTitle: 'Contact',
  accessTitle: 'Accès',
  servicesTitle: 'Ce qu’on y fait',
  publicsTitle: 'Pour qui',
  feesTitle: 'Tarif',
  accompanimentsTitle: 'Comment',
  stopsTitle: 'Où et quand passe le bus',
  wheelchair: { true: 'Accessible en fauteuil roulant', false: 'Pas accessible en fauteuil roulant' },
  hearingLoop: { true: 'Boucle magnétique', false: 'Pas de boucle magnétique' },
  eventsTitle: (day: string) => `Rendez-vous ${freshnessText.from(day)}`,
  mapTitle: 'Sur la carte',
  mapLink: 'Voir sur OpenStreetMap',
  miniMapLabel: (name: string) => `Plan : emplacement ${withPreposition('de', name)}, au centre`,
  noAccessInfo: 'Informations d’accès non communiquées : renseignez-vous avant de venir (voir « Contact »).',
  toConfirmNote: `Les informations marquées « ${statusText.toConfirm} » n’ont pas encore été vérifiées par le lieu.`,
} as const;

/**
 * General advice per theme id, shown when a place has not said what to bring (lib/places/what-to-bring.ts).
 */
export const toBringAdvice: Readonly<Record<string, readonly string[]>> = {
  demarches: [
    'Une pièce d’identité',
    'Vos identifiants (impots.gouv, ameli, CAF, FranceConnect) si vous les avez',
    'Les courriers ou documents de votre démarche',
  ],
  'emploi-formation': ['Votre CV si vous en avez un', 'Vos identifiants France Travail si vous en avez'],
  bases: ['Votre téléphone, tablette ou ordinateur portable si vous en avez un, chargé'],
  securite: ['Votre téléphone ou ordinateur, et le message suspect si vous en avez reçu un'],
  reparation: ['L’appareil à réparer et son chargeur'],
};
