/** Strings of the printable programmes (`/programme/` and the commune posters). */
import { withPreposition } from '../../text/french-preposition.ts';

export const programmeText = {
  title: 'Programme du numérique',
  intro: 'Tous les ateliers et rendez-vous numériques du territoire, à imprimer ou à afficher.',
  printHint: 'Pour l’imprimer, utilisez la commande « Imprimer » de votre navigateur (format A4).',
  posterTitle: (commune: string) => `Le numérique ${withPreposition('à', commune)}`,
  communesTitle: 'Le programme de chaque commune',
  communesIntro:
    'Chaque commune a son programme du trimestre, à imprimer, et son affiche du mois en grands caractères pour le panneau de la mairie.',
  quarterTitle: (commune: string) => `Programme du trimestre ${withPreposition('à', commune)}`,
  quarterIntro: (commune: string) =>
    `Les ateliers et rendez-vous numériques ${withPreposition('à', commune)}, à imprimer ou à afficher.`,
  entries: (n: number) => (n === 0 ? 'aucun rendez-vous annoncé' : `${String(n)} rendez-vous`),
  posterLink: 'affiche du mois',
  pagination: 'Pages du programme',
  regulars: 'Rendez-vous réguliers',
  byDay: 'Jour par jour',
  phone: 'Tél.',
  registration: 'Inscription :',
  empty: 'Aucun événement n’est annoncé pour cette période.',
  helpAllYear: 'Pour être aidé toute l’année',
  qrCaption: 'Tous les lieux et dates près de chez vous :',
  period: (from: string, to: string) => `Du ${from} au ${to}`,
  /** The page's `<title>` when the full period does not fit: `Programme du numérique, décembre 2026 – février 2027`. */
  shortTitle: (fromMonth: string, toMonth: string) => `Programme du numérique, ${fromMonth} – ${toMonth}`,
} as const;
