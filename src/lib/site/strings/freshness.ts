/**
 * How fresh the page is: the date of its data in every footer, the notice of a page more than two
 * days old (shown by the browser, src/client/page-age.ts), and the absolute « from » date that
 * replaces « prochains » in the HTML. Imports only the preposition helper: browser scripts carry it.
 */
import { withPreposition } from '../../text/french-preposition.ts';

export const freshnessText = {
  /** Footer of every page: `Informations mises à jour le mardi 1er décembre 2026 à 9 h.` */
  updated: (when: string) => `Informations mises à jour le ${when}.`,
  /** A page viewed more than two days after its data was updated. */
  stale: (when: string) =>
    `Cette page n’a pas été mise à jour depuis le ${when} : des horaires ou des rendez-vous ont pu changer depuis.`,
  /** `à partir du mardi 1er décembre`: what « prochains » means, written as a date. */
  from: (day: string) => `à partir ${withPreposition('de', `le ${day}`)}`,
  /** A list whose every line has ended by the time it is read (the browser hides them). */
  noneLeft: (day: string) =>
    `Les rendez-vous annoncés lors de la mise à jour ${withPreposition('de', `le ${day}`)} sont passés.`,
} as const;
