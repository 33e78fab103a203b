/** Strings of the observatory (`/observatoire/` and its pages) and of its CSV files. */
import type { Dimension, Period } from '../../indicators/observatory.ts';
import type { IndicatorCsvFile } from '../routes.ts';
import type { RichText } from './rich-text.ts';
import { statusText } from './status.ts';

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

export const observatoryText = {
  title: 'Observatoire du numérique',
  description:
    'Les indicateurs de la feuille de route « Usages du numérique 2023-2026 » : rendez-vous et heures par commune, thème, public et axe, flux des partenaires, zones blanches.',
  intro:
    'Les chiffres du groupe de travail des élus et du comité de pilotage, calculés chaque nuit à partir des agendas des partenaires et de l’annuaire publiés sur ce site. Aucun chiffre n’est saisi à la main.',
  demoWarning: `Attention : les agendas publiés aujourd’hui sont des exemples (« ${statusText.demo} ») ; ces chiffres montrent la méthode, pas l’activité réelle du territoire.`,
  navLabel: 'Pages de l’observatoire',
  periods: {
    previous: 'Trimestre dernier',
    current: 'Trimestre en cours',
    next: 'Trimestre prochain (annoncé)',
  } satisfies Record<Period, string>,
  quarterName: (index: number, year: number) =>
    `${index === 1 ? '1er' : `${String(index)}e`} trimestre ${String(year)}`,
  quarterShort: (index: number, year: number) => `T${String(index)} ${String(year)}`,
  coverage: (from: string) => `compté à partir du ${from}`,
  noData: 'pas de données',
  gaps: (n: number) => `${String(n)} ${plural(n, 'période manquée', 'périodes manquées')}`,
  summaryTitle: 'Les trois trimestres',
  summaryCaption: 'Rendez-vous et heures sur tout le territoire',
  measures: {
    sessions: 'Séances',
    hours: 'Heures',
    sessionsPerThousand: 'Séances pour 1 000 habitants',
    hoursPerThousand: 'Heures pour 1 000 habitants',
    cancelled: 'Annulées',
    cancelledShare: 'Part annulée',
    untimed: 'Séances sans horaires',
    population: 'Habitants',
    coverage: 'Période comptée',
  },
  territory: 'Territoire',
  /** Lines of the breakdowns for occurrences that name no commune, theme, public or axis. */
  unknownCommune: 'Commune non précisée',
  withoutTheme: 'Sans thème',
  withoutPublic: 'Sans public',
  withoutAxis: 'Sans axe',
  axisLabel: (id: number, label: string) => `Axe ${String(id)} : ${label}`,
  quarter: 'Trimestre',
  state: 'État',
  whiteSummary: (n: number) =>
    n === 0
      ? 'Aucune commune n’est en zone blanche.'
      : `${String(n)} fois une commune en zone blanche pour un besoin : voir le détail.`,
  dimensions: {
    communes: 'Par commune',
    themes: 'Par thème',
    publics: 'Par public',
    axes: 'Par axe de la feuille de route',
  } satisfies Record<Dimension, string>,
  rowHeaders: {
    communes: 'Commune',
    themes: 'Thème',
    publics: 'Public',
    axes: 'Axe',
  } satisfies Record<Dimension, string>,
  dimensionTitles: {
    communes: 'Rendez-vous par commune',
    themes: 'Rendez-vous par thème',
    publics: 'Rendez-vous par public',
    axes: 'Rendez-vous par axe de la feuille de route',
  } satisfies Record<Dimension, string>,
  dimensionNotes: {
    communes:
      'Chaque séance compte dans la commune où elle a lieu. Les arrêts du Bus France Services comptent dans la commune de l’arrêt.',
    themes: 'Une séance qui relève de deux thèmes compte dans chacun : les lignes ne s’additionnent pas.',
    publics:
      'Une séance sans public précisé compte en « Tout public » ; une séance pour deux publics compte dans chacun.',
    axes: 'Les axes viennent des thèmes de chaque séance (taxonomie) ; une séance peut servir plusieurs axes.',
  } satisfies Record<Dimension, string>,
  chartDesc: (what: string, quarter: string) =>
    `Graphique en barres : ${what}, ${quarter}. Les mêmes chiffres sont dans le tableau qui suit.`,
  mapTitle: (what: string, quarter: string) => `Carte des communes : ${what}, ${quarter}`,
  mapDesc:
    'Un cercle au centre de chaque commune, de surface proportionnelle au chiffre. Les mêmes chiffres sont dans le tableau qui suit.',
  mapSource:
    'Centres des communes : IGN Admin Express COG (Licence Ouverte). Sans contour de commune : aucun fichier de contours sous licence claire n’est disponible hors ligne.',
  trendTitle: 'L’évolution, trimestre par trimestre',
  trendIntro:
    'Chaque nuit, les chiffres du trimestre en cours sont ajoutés à un historique versionné : les jours passés y restent comptés même quand les agendas ne les publient plus.',
  trendChartTitle: 'Séances par trimestre',
  trendDesc: 'Courbe du nombre de séances par trimestre enregistré. Les mêmes chiffres sont dans le tableau qui suit.',
  trendCaption: 'Historique des indicateurs',
  trendState: { closed: 'complet', open: 'en cours' },
  trendEmpty: 'L’historique commencera avec la première nuit.',
  feedsTitle: 'Agendas des partenaires à surveiller',
  feedsNone: 'Tous les agendas des partenaires ont été lus la nuit dernière.',
  feedKinds: {
    failing: 'en échec : ses dernières données restent publiées',
    held: 'retenu : une baisse soudaine attend une confirmation',
    stale: 'pas lu depuis plus de deux jours',
    rejected: 'des lignes refusées',
  },
  feedSince: (date: string) => `dernière lecture réussie : ${date}`,
  feedNever: 'jamais lu',
  whiteTitle: 'Zones blanches',
  whiteIntro: (km: number, days: number) =>
    `Une commune est en zone blanche pour un besoin quand aucun lieu qui y répond n’est à moins de ${String(km)} km de son centre et qu’aucune séance sur ce besoin n’est prévue à moins de ${String(km)} km dans les ${String(days)} prochains jours.`,
  whiteCaption: 'Communes en zone blanche, besoin par besoin',
  whiteNeed: 'Besoin',
  whiteCommunes: 'Communes en zone blanche',
  whiteNone: 'aucune',
  whiteNoPlace: 'aucun lieu',
  whiteNearestPlace: (distance: string, place: string) => `${distance} (${place})`,
  whiteYes: 'oui',
  whiteNo: 'non',
  whiteNeedTitle: (need: string) => `Zones blanches : ${need}`,
  whiteNeedMapTitle: (need: string, km: number, days: number) =>
    `Carte des communes, « ${need} » : séances prévues à moins de ${String(km)} km dans les ${String(days)} jours ; en rouge, les zones blanches`,
  whiteNeedMapDesc:
    'Un cercle au centre de chaque commune, de surface proportionnelle au nombre de séances prévues près d’elle ; les communes en zone blanche sont en rouge. Les mêmes chiffres sont dans le tableau qui suit.',
  whiteNeedLegend: (km: number) =>
    `Légende : cercle vert, séances prévues (surface proportionnelle à leur nombre) ; petit cercle gris, aucune séance mais un lieu à moins de ${String(km)} km ; cercle rouge à bord épais, zone blanche.`,
  whiteNeedCaption: (need: string) => `« ${need} », commune par commune`,
  whiteNearest: 'Lieu le plus proche',
  whiteSessions: (days: number) => `Séances dans les ${String(days)} jours`,
  whiteIs: 'Zone blanche',
  whiteAll: 'Toutes les zones blanches',
  whiteMapTitle: 'Carte des zones blanches : nombre de besoins sans réponse proche, par commune',
  whiteMapDesc:
    'Un cercle au centre de chaque commune, de surface proportionnelle au nombre de besoins pour lesquels elle est en zone blanche. Les mêmes chiffres sont dans le tableau qui suit.',
  whiteLegend:
    'Légende : cercle rouge à bord épais, commune en zone blanche pour au moins un besoin (surface proportionnelle au nombre de besoins) ; petit cercle gris, aucune zone blanche.',
  whiteByCommuneCaption: 'Besoins sans réponse proche, commune par commune',
  whiteCount: 'Besoins en zone blanche',
  whiteWhich: 'Lesquels',
  copilLink: 'Résumé d’une page pour le comité de pilotage (à imprimer)',
  copilTitle: 'Comité de pilotage : les indicateurs du numérique',
  copilDescription: 'Une page à imprimer pour le comité de pilotage : les chiffres de la feuille de route.',
  copilDate: (day: string) => `Chiffres du ${day}, calculés à partir des données publiées sur le site.`,
  copilPrint: 'Pour l’imprimer, utilisez la commande « Imprimer » de votre navigateur (une page A4).',
  copilAxes: (quarter: string) => `Par axe de la feuille de route, ${quarter}`,
  copilEquity: 'Équité entre communes',
  copilRange: (low: string, lowValue: string, high: string, highValue: string, quarter: string) =>
    `Heures pour 1 000 habitants, ${quarter} : de ${lowValue} (${low}) à ${highValue} (${high}).`,
  copilWithout: (names: string) => `Communes sans aucune séance ce trimestre : ${names}.`,
  copilAllServed: 'Chaque commune a au moins une séance ce trimestre.',
  copilMethod: 'Méthode et limites :',
  csvTitle: 'Les chiffres en fichiers CSV',
  csvIntro:
    'Pour les tableurs du comité : séparateur point-virgule, virgule décimale, encodage UTF-8 ; une ligne par trimestre et par commune, thème, public ou axe.',
  csvLink: (label: string) => `Télécharger : ${label} (CSV)`,
  methodTitle: 'Méthode',
  roadmapLink: 'La feuille de route et ses 12 actions',
  territoryRow: 'Tout le territoire',
} as const;

/** The method, said once, on the observatory and the COPIL summary. */
export const methodText = {
  session:
    'Une séance est une date d’un rendez-vous publié par un partenaire (un atelier, une permanence, un OpenLab, un arrêt du bus). Une série hebdomadaire compte autant de séances que de dates. Un rendez-vous publié par deux partenaires ne compte qu’une fois.',
  hour: 'Une heure est une heure de séance annoncée, de l’heure de début à l’heure de fin, quand les deux tombent le même jour. Les séances « toute la journée » ou sur plusieurs jours comptent comme séances, pas en heures : leurs horaires réels ne sont pas publiés. Les séances annulées ne comptent ni en séances ni en heures ; elles font la part annulée.',
  quarter:
    'Une séance appartient au trimestre du jour où elle commence (heure de Paris). Le trimestre prochain est ce qui est annoncé à ce jour : il grossit à mesure que les partenaires publient.',
  perThousand:
    'Pour 1 000 habitants : population municipale légale de chaque commune (Insee, par le paquet @etalab/decoupage-administratif, Licence Ouverte).',
  served: (km: number, days: number) =>
    `Une commune est desservie pour un besoin quand un lieu qui y répond (d’après l’annuaire) est à moins de ${String(km)} km de son centre, ou qu’une séance sur ce besoin est prévue à moins de ${String(km)} km dans les ${String(days)} jours. Les distances sont à vol d’oiseau ; un service itinérant compte à son arrêt le plus proche.`,
  history:
    'Chaque nuit, les jours écoulés du trimestre sont comptés une fois, tels qu’ils étaient le lendemain, et le reste du trimestre tel qu’il est annoncé ; le tout est ajouté à un fichier versionné (content/indicators/history.json). Un trimestre commencé avant le premier enregistrement n’est compté qu’à partir de son premier jour connu, et la période est indiquée.',
  data: 'Les données : les agendas publiés par les partenaires et relus chaque nuit, l’annuaire des lieux, les communes et la taxonomie (thèmes, publics, axes) de ce site.',
  biasesTitle: 'Limites connues',
  biases: [
    `Données de démonstration : tant que les partenaires n’ont pas donné le lien de leur agenda, les agendas publiés sont des exemples (« ${statusText.demo} »).`,
    `Lieux « ${statusText.toConfirm} » : adresses, horaires et services de l’annuaire ne sont pas encore tous confirmés par les partenaires ; les distances des zones blanches en dépendent.`,
    'Arrêts itinérants : la tournée du Bus France Services est une proposition de démonstration ; elle compte comme un lieu dans chaque commune où il s’arrête, même s’il n’y passe que deux fois par mois.',
    'Ce qui n’est pas publié ne compte pas : un partenaire qui n’annonce pas ses rendez-vous, ou un agenda en panne, fait baisser les chiffres sans que l’activité baisse.',
    'Fréquentation : le site compte ce qui est proposé, pas le nombre de personnes accueillies.',
  ],
} as const;

/** Words written in the cells of the CSV files (column names stay plain ASCII identifiers). */
export const csvText = {
  periods: { previous: 'dernier', current: 'en cours', next: 'prochain' } satisfies Record<Period, string>,
  feedKinds: { failing: 'en échec', held: 'retenu', stale: 'ancien', rejected: 'lignes refusées' },
  notMeasured: 'non mesurable avec les données du site',
  sessions: (quarter: string) => `séances (${quarter})`,
  hours: (quarter: string) => `heures (${quarter})`,
  weeklyTarget: 'objectif, heures par semaine',
  weeklyAverage: (weeks: number) => `heures par semaine (moyenne des ${String(weeks)} prochaines semaines)`,
} as const;

/** What each CSV file holds, on `/donnees/` and the observatory. */
export const indicatorFileText = {
  communes: 'Séances et heures par commune et pour 1 000 habitants, par trimestre',
  themes: 'Séances et heures par thème, par trimestre',
  publics: 'Séances et heures par public, par trimestre',
  axes: 'Séances et heures par axe de la feuille de route, par trimestre',
  historique: 'Historique des indicateurs, trimestre par trimestre',
  'zones-blanches': 'Zones blanches : chaque commune, chaque besoin',
  flux: 'Agendas des partenaires en échec, retenus ou anciens',
  'feuille-de-route': 'Ce qui se fait, action par action de la feuille de route',
} satisfies Record<IndicatorCsvFile, string>;

/** The observatory on `/donnees/`. */
export const indicatorsOpenDataText = {
  title: 'Les indicateurs de l’observatoire',
  intro: (observatory: string): RichText => [
    'Les chiffres de l’',
    { href: observatory, text: 'observatoire' },
    ' en CSV (séparateur point-virgule, virgule décimale, UTF-8), refaits chaque nuit :',
  ],
} as const;
