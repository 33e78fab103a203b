/** Strings of the commune pages (`/communes/<commune>/` and `/communes/<commune>/<need>/`). */
import { withPreposition } from '../../text/french-preposition.ts';

export const communeText = {
  description: (commune: string) => `Où trouver de l’aide avec le numérique ${withPreposition('près de', commune)}.`,
  needsTitle: 'De quoi avez-vous besoin ?',
  placesTitle: 'Les lieux, du plus proche au plus loin',
  eventsTitle: 'Les prochains rendez-vous à proximité',
  nearbyCommunes: 'Communes voisines',
  transportTitle: 'Se déplacer sans voiture',
  transport:
    'Mobilifée, le transport à la demande de Roche aux Fées Communauté, vous emmène vers ces lieux : réservez la veille auprès de la communauté de communes.',
  needTitle: (need: string, commune: string) => `${need} ${withPreposition('près de', commune)}`,
  needIntro: (n: number) => `Les ${String(n)} lieux les plus proches, du plus proche au plus loin.`,
  otherNeeds: 'Autres besoins',
  back: (commune: string) => `Tous les lieux ${withPreposition('près de', commune)}`,
  noneForNeed: 'Aucun lieu du territoire ne propose encore cette aide.',
} as const;
