/** Strings of the map page (`/carte/`) and of its script. */
import { withPreposition } from '../../text/french-preposition.ts';
import { statusText } from './status.ts';

export const mapText = {
  title: 'Carte des lieux',
  intro: 'Les lieux où l’on peut être aidé avec le numérique, sur une carte et, sous la carte, commune par commune.',
  /** The link before the map's markers, for those who want the list. */
  skipToList: 'Passer la carte et aller à la liste des lieux',
  listTitle: 'La liste des lieux, par commune',
  /** Under a commune's heading, when the list shows only some of its places. */
  listCount: (shown: number, count: number) => `${String(shown)} lieux sur ${String(count)} :`,
  allIn: (commune: string, count: number) =>
    `Les ${String(count)} lieux ${withPreposition('de', commune)}, dans l’annuaire`,
  filterLegend: 'Filtrer les lieux',
  /** The form's submit button (the filter also applies at each change). */
  filterApply: 'Filtrer',
  anyNeed: 'Tous les besoins',
  anyPublic: 'Tous les publics',
  anyCommune: 'Toutes les communes',
  needLabel: 'Besoin',
  publicLabel: 'Public',
  communeLabel: 'Commune',
  shown: (n: number) => `${String(n)} lieu${n > 1 ? 'x' : ''} affiché${n > 1 ? 's' : ''} sur la carte.`,
  mapLabel: 'Carte interactive des lieux (la liste qui suit donne les mêmes lieux)',
  nextEvent: 'Prochain rendez-vous :',
  phone: 'Téléphone :',
  coordinatesNote: `Position approximative, ${statusText.toConfirm}.`,
  filterWithoutJs: 'Pour filtrer par besoin, public ou commune, voyez l’annuaire :',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  closePopup: 'Fermer',
  /** On a touch screen, one finger scrolls the page; the map moves once this button is pressed. */
  touchMove: 'Déplacer la carte du doigt',
  touchHint:
    'Sur un écran tactile, un doigt fait défiler la page. Pour faire glisser la carte, touchez « Déplacer la carte du doigt » ; pour zoomer, écartez deux doigts ou utilisez les boutons + et −.',
  tilesFailed:
    'Le fond de carte n’a pas pu être chargé (connexion lente ou service de cartes indisponible). Les lieux restent placés sur la carte, et la liste ci-dessous les donne aussi.',
  dataFailed: 'Les lieux n’ont pas pu être chargés sur la carte. La liste ci-dessous et l’annuaire les donnent.',
} as const;
