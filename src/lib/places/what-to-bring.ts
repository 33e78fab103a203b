import type { PlaceEntry } from '../domain/index.ts';
import { toBringAdvice } from '../site/strings/places.ts';

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
  return { items: [...new Set(relevant.flatMap((t) => toBringAdvice[t] ?? []))], general: true };
}
