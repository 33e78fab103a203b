/** Strings of a place: its page, its card, its hours and « open now », what to bring. */
import { withPreposition } from '../../text/french-preposition.ts';
import { commonText } from './common.ts';
import { statusText } from './status.ts';

export const placesText = {
  /** The meta description of a place page: `Médiathèque à Janzé : Apprendre les bases, …`. */
  description: (kind: string, commune: string, themes: readonly string[]) =>
    `${kind} ${withPreposition('à', commune)} : ${themes.join(', ')}.`,
  noHours: 'Horaires non communiqués : appelez avant de venir.',
  stopAt: 'Arrêt du bus :',
  distance: (d: string) => `à ${d}`,
  distanceNote: 'Distances à vol d’oiseau depuis le centre de la commune.',
  phone: `${commonText.phone} :`,
  email: 'Courriel :',
  website: 'Site internet :',
  toBring: 'À apporter :',
  toBringGeneral: 'À apporter (conseils généraux, à vérifier en appelant) :',
  nextSessions: 'Prochains rendez-vous ici :',
  noSessions: 'Aucun rendez-vous annoncé pour l’instant.',
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
  eventsTitle: 'Prochains événements',
  mapTitle: 'Sur la carte',
  mapLink: 'Voir sur OpenStreetMap',
  miniMapLabel: (name: string) => `Plan : emplacement ${withPreposition('de', name)}, au centre`,
  noAccessInfo: 'Informations d’accès non communiquées : appelez avant de venir.',
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
