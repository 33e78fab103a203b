/** Strings of the roadmap pages (`/feuille-de-route/` and one page per action). */
export const roadmapText = {
  title: 'La feuille de route du numérique',
  description:
    'Les 5 axes et les 12 actions de la feuille de route « Usages du numérique 2023-2026 » de Roche aux Fées Communauté : ce qui est prévu, ce qui se fait, où et quand.',
  intro:
    'Roche aux Fées Communauté s’est donné une feuille de route « Usages du numérique 2023-2026 » : 5 grands objectifs (les axes) et 12 actions. Voici, pour chacune, ce qui est prévu, les lieux et les rendez-vous qui la font vivre, et ce que les agendas publiés en disent.',
  axisHeading: (id: number, label: string) => `Axe ${String(id)} : ${label}`,
  actionHeading: (id: number, label: string) => `Action ${String(id)} : ${label}`,
  actionShort: (id: number) => `Action ${String(id)}`,
  actionTitle: (id: number) => `Feuille de route, action ${String(id)}`,
  planned: 'Ce qui est prévu',
  done: 'Ce qui se fait',
  places: 'Les lieux qui la portent',
  noPlace: 'Aucun lieu de l’annuaire ne la porte pour l’instant.',
  events: 'Les prochains rendez-vous',
  noEvent: 'Aucun rendez-vous annoncé pour l’instant.',
  moreEvents: (n: number) => `et ${String(n)} autre${n > 1 ? 's' : ''} rendez-vous annoncé${n > 1 ? 's' : ''}`,
  datesCount: (n: number) => `${String(n)} date${n > 1 ? 's' : ''} à venir`,
  cannotSay:
    'Les données du site ne permettent pas de le mesurer : cette action ne passe pas par des rendez-vous publiés dans les agendas.',
  noSessions: 'Aucune séance ce trimestre dans les agendas publiés.',
  quarterSummary: (sessions: string, hours: string, communes: number, quarter: string) =>
    `${quarter} : ${sessions} séance${sessions === '1' ? '' : 's'}, ${hours} h, dans ${String(communes)} commune${communes > 1 ? 's' : ''}.`,
  byCommuneCaption: (quarter: string) => `Séances par commune, ${quarter}`,
  commune: 'Commune',
  south: 'sud',
  southNote: '« sud » : le centre de la commune est au sud du milieu du territoire.',
  weeklyCaption: 'Heures d’OpenLab par semaine, site par site, d’après les agendas publiés',
  weeklyIntro: (weeks: number) =>
    `Heures annoncées dans les agendas pour chacune des ${String(weeks)} prochaines semaines complètes (du lundi au dimanche), à côté de l’objectif de la feuille de route.`,
  site: 'Site',
  target: 'Objectif',
  targetValue: (hours: string, before: string | null) =>
    before === null ? `${hours} h` : `${hours} h (au lieu de ${before} h)`,
  weekOf: (monday: string) => `Semaine du ${monday}`,
  average: 'Moyenne',
  hoursValue: (hours: string) => `${hours} h`,
  programmeDone: (sources: number, sessions: string, quarter: string) =>
    `${String(sources)} agendas de partenaires relus chaque nuit ; ${sessions} séances publiées pour le ${quarter}.`,
  programmeLinks: 'Le programme à imprimer et l’agenda complet :',
  observatoryDone: (quarters: number) =>
    `Les indicateurs sont calculés chaque nuit ; l’historique compte ${String(quarters)} trimestre${quarters > 1 ? 's' : ''}.`,
  observatoryLink: 'Voir l’observatoire',
  allActions: 'Toutes les actions de la feuille de route',
  seeAction: (id: number) => `Voir l’action ${String(id)}`,
  demoNote: 'Les rendez-vous des agendas d’exemple sont marqués « exemple ».',
} as const;
