import type { PlaceEntry } from '../domain/index.ts';

/** General advice per theme, shown when the place has not said what to bring. */
const ADVICE: Record<string, readonly string[]> = {
  demarches: [
    'Une pièce d’identité',
    'Vos identifiants (impots.gouv, ameli, CAF, FranceConnect) si vous les avez',
    'Les courriers ou documents de votre démarche',
  ],
  'emploi-formation': ['Votre CV si vous en avez un', 'Vos identifiants France Travail si vous en avez'],
  bases: ['Votre téléphone, tablette ou ordinateur portable si vous en avez un, chargé'],
  securite: ['Votre téléphone ou ordinateur, et le message suspect si vous en avez reçu un'],
  reparation: ['L’appareil à réparer et son chargeur'],
};

/** What to bring to a place: its own list, or, when it said nothing, general advice for its themes. */
export interface ToBring {
  items: string[];
  /** `true` when the items are general advice, not the place's own words. */
  general: boolean;
}

/**
 * What to bring to a place for a need: the place's own list when it gives one, else the general
 * advice for the themes it offers (limited to the need's themes when given), without duplicates.
 */
export function whatToBring(place: PlaceEntry, themes: readonly string[] = place.themes): ToBring {
  if (place.toBring.length > 0) return { items: [...place.toBring], general: false };
  const relevant = place.themes.filter((t) => themes.includes(t));
  return { items: [...new Set(relevant.flatMap((t) => ADVICE[t] ?? []))], general: true };
}
