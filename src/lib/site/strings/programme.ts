/** Strings of the printable programmes (`/programme/` and the commune posters). */
import { withPreposition } from '../../text/french-preposition.ts';

export const programmeText = {
  title: 'Programme du numérique',
  intro: 'Tous les ateliers et rendez-vous numériques du territoire, à imprimer ou à afficher.',
  printHint: 'Pour l’imprimer, utilisez la commande « Imprimer » de votre navigateur (format A4).',
  posters: 'Affiches par commune (un mois, en grands caractères)',
  posterTitle: (commune: string) => `Le numérique ${withPreposition('à', commune)}`,
  regulars: 'Rendez-vous réguliers',
  byDay: 'Jour par jour',
  phone: 'Tél.',
  registration: 'Inscription :',
  empty: 'Aucun événement n’est annoncé pour cette période.',
  helpAllYear: 'Pour être aidé toute l’année',
  qrCaption: 'Tous les lieux et dates près de chez vous :',
  period: (from: string, to: string) => `Du ${from} au ${to}`,
} as const;
