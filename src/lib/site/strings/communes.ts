/** Strings of the commune pages (`/communes/<commune>/` and `/communes/<commune>/<need>/`). */
import { withPreposition } from '../../text/french-preposition.ts';

export const communeText = {
  description: (commune: string) => `Où trouver de l’aide avec le numérique ${withPreposition('près de', commune)}.`,
  needsTitle: 'De quoi avez-vous besoin ?',
  placesTitle: 'Les lieux : ceux de la commune, ceux qui y passent, puis du plus proche au plus loin',
  eventsTitle: 'Les prochains rendez-vous à proximité',
  nearbyCommunes: 'Communes voisines',
  transportTitle: 'Se déplacer sans voiture',
  transport:
    'Mobilifée, le transport à la demande de Roche aux Fées Communauté, vous emmène vers ces lieux : réservez la veille auprès de la communauté de communes.',
  needTitle: (need: string, commune: string) => `${need} ${withPreposition('près de', commune)}`,
  /** How a need's answer is ordered. */
  needIntro: (commune: string, withReference: boolean) =>
    `D’abord les lieux ${withPreposition('de', commune)} et les services itinérants qui y passent, ${
      withReference ? 'puis le service de référence du territoire pour ce besoin, ' : ''
    }puis les autres lieux, du plus proche au plus loin.`,
  /** Why a place is in the answer, under its name. */
  rankNote: {
    inside: (commune: string) => `Dans la commune ${withPreposition('de', commune)}`,
    stop: (commune: string) => `Passe ${withPreposition('à', commune)}`,
    reference: 'Le service de référence du territoire pour ce besoin',
  },
  otherNeeds: 'Autres besoins',
  back: (commune: string) => `Tous les lieux ${withPreposition('près de', commune)}`,
  noneForNeed: 'Aucun lieu du territoire ne propose encore cette aide.',
} as const;
