/** Strings of the commune pages (`/communes/<commune>/` and `/communes/<commune>/<need>/`). */
export const communeText = {
  description: (commune: string) => `Où trouver de l’aide avec le numérique près de ${commune}.`,
  needsTitle: 'De quoi avez-vous besoin ?',
  placesTitle: 'Les lieux, du plus proche au plus loin',
  eventsTitle: 'Les prochains rendez-vous à proximité',
  morePlaces: 'Tous les lieux du territoire, dans l’annuaire',
  placesIn: (commune: string) => `Les lieux de ${commune}`,
  nearbyCommunes: 'Communes voisines',
  transportTitle: 'Se déplacer sans voiture',
  transport:
    'Mobilifée, le transport à la demande de Roche aux Fées Communauté, vous emmène vers ces lieux : réservez la veille auprès de la communauté de communes.',
  needTitle: (need: string, commune: string) => `${need} près de ${commune}`,
  /** The page's `<title>` when `needTitle` is too long: `Le Theil-de-Bretagne : trouver un emploi ou une formation`. */
  needShortTitle: (need: string, commune: string) => `${commune} : ${need.charAt(0).toLowerCase()}${need.slice(1)}`,
  needIntro: (n: number) => `Les ${String(n)} lieux les plus proches, du plus proche au plus loin.`,
  otherNeeds: 'Autres besoins',
  back: (commune: string) => `Tous les lieux près de ${commune}`,
  noneForNeed: 'Aucun lieu du territoire ne propose encore cette aide.',
} as const;
