/** Strings of the map page (`/carte/`) and of its script. */
import { statusText } from './status.ts';

export const mapText = {
  title: 'Carte des lieux',
  intro: 'Les lieux où l’on peut être aidé avec le numérique. Sans carte, la même liste est donnée ci-dessous.',
  listTitle: 'La liste des lieux',
  filterLegend: 'Filtrer les lieux',
  /** The form's submit button (the filter also applies at each change). */
  filterApply: 'Filtrer',
  anyNeed: 'Tous les besoins',
  anyPublic: 'Tous les publics',
  anyCommune: 'Toutes les communes',
  needLabel: 'Besoin',
  publicLabel: 'Public',
  communeLabel: 'Commune',
  shown: (n: number) => `${String(n)} lieu${n > 1 ? 'x' : ''} affiché${n > 1 ? 's' : ''}.`,
  mapLabel: 'Carte interactive des lieux (la liste qui suit donne les mêmes informations)',
  nextEvent: 'Prochain rendez-vous :',
  coordinatesNote: `Position approximative, ${statusText.toConfirm}.`,
  filterWithoutJs: 'Pour filtrer par besoin, public ou commune, voyez l’annuaire :',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  closePopup: 'Fermer',
} as const;
