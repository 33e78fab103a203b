/** Strings of the commune pages (`/communes/<commune>/` and `/communes/<commune>/<need>/`). */
import { withPreposition } from '../../text/french-preposition.ts';
import { freshnessText } from './freshness.ts';

export const communeText = {
  description: (commune: string) => `Où trouver de l’aide avec le numérique ${withPreposition('près de', commune)}.`,
  needsTitle: 'De quoi avez-vous besoin ?',
  placesTitle: 'Les lieux : ceux de la commune, ceux qui y passent, puis du plus proche au plus loin',
  eventsTitle: (day: string) => `Les rendez-vous à proximité ${freshnessText.from(day)}`,
  morePlaces: 'Tous les lieux du territoire, dans l’annuaire',
  placesIn: (commune: string) => `Les lieux ${withPreposition('de', commune)}`,
  nearbyCommunes: 'Communes voisines',
  transportTitle: 'Se déplacer sans voiture',
  /** Followed by each transport service and how to book it. */
  transport: 'Le transport à la demande vous emmène vers ces lieux, sur réservation :',
  needTitle: (need: string, commune: string) => `${need} ${withPreposition('près de', commune)}`,
  /** The page's `<title>` when `needTitle` is too long: `Le Theil-de-Bretagne : trouver un emploi ou une formation`. */
  needShortTitle: (need: string, commune: string) => `${commune} : ${need.charAt(0).toLowerCase()}${need.slice(1)}`,
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
    /** In the commune (or stopping there) and the reference service. */
    both: (reason: string) => `${reason}, et le service de référence du territoire pour ce besoin`,
  },
  otherNeeds: 'Autres besoins',
  back: (commune: string) => `Tous les lieux ${withPreposition('près de', commune)}`,
  noneForNeed: 'Aucun lieu du territoire ne propose encore cette aide.',
} as const;
