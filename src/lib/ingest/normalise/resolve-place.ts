import type { Commune } from '../../domain/commune.ts';
import { foldText } from '../../domain/ids.ts';
import type { PlaceEntry } from '../../domain/place.ts';

/** Where an event says it happens, as published. */
export interface PlaceText {
  location: string | null;
  address: string | null;
  communeText: string | null;
}

/** The place of the directory and the commune (INSEE) a text designates; `null` when it does not say. */
export interface PlaceMatch {
  place: PlaceEntry | null;
  commune: string | null;
}

/** Finds the place and commune of a location text; built once per run, cached by text. */
export type PlaceResolver = (text: PlaceText) => PlaceMatch;

/** Words that say nothing about which place is meant. */
const STOP_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'a', 'au', 'aux', 'et', 'en', 'sur']);

const tokensOf = (folded: string): string[] => folded.split(' ').filter((t) => t !== '' && !STOP_WORDS.has(t));

interface PlaceKey {
  place: PlaceEntry;
  /** Every meaningful word of a name (or of the street and number) must appear in the text. */
  tokens: string[];
  /** Score: longer names are more specific. */
  weight: number;
  /** A street alone is too common a phrase: it only counts in the place's own commune. */
  needsCommune: boolean;
}

interface CommuneKey {
  commune: Commune;
  /** Folded name padded with spaces (` le theil de bretagne `), and without its article. */
  phrases: string[];
}

function placeKeys(places: readonly PlaceEntry[]): PlaceKey[] {
  return places.flatMap((place) => {
    const names = [foldText(place.name), place.id.replace(/-/g, ' '), foldText(place.address.street)];
    return names
      .map((name, index) => ({ tokens: tokensOf(name), needsCommune: index === 2 }))
      .filter(({ tokens }) => tokens.length >= 2 || (tokens.length === 1 && (tokens[0]?.length ?? 0) >= 6))
      .map(({ tokens, needsCommune }) => ({ place, tokens, needsCommune, weight: tokens.join(' ').length }));
  });
}

function communeKeys(communes: readonly Commune[]): CommuneKey[] {
  return communes.map((commune) => {
    const folded = foldText(commune.name);
    const bare = folded.replace(/^(?:le|la|les) /, '');
    return { commune, phrases: [...new Set([folded, bare])].map((p) => ` ${p} `) };
  });
}

/** The commune a folded text names, the longest name winning; else the one its postal code designates alone. */
function findCommune(keys: readonly CommuneKey[], folded: string): string | null {
  const padded = ` ${folded} `;
  let best: { insee: string; length: number } | null = null;
  for (const key of keys) {
    for (const phrase of key.phrases) {
      if (padded.includes(phrase) && (best === null || phrase.length > best.length)) {
        best = { insee: key.commune.insee, length: phrase.length };
      }
    }
  }
  if (best !== null) return best.insee;
  for (const code of folded.match(/\b\d{5}\b/g) ?? []) {
    const matching = keys.filter((k) => k.commune.postalCode === code);
    if (matching.length === 1) return matching[0]?.commune.insee ?? null;
  }
  return null;
}

/** The most specific place whose name (or street) appears word for word in the text, in the commune when one is known. */
function findPlace(keys: readonly PlaceKey[], folded: string, commune: string | null): PlaceEntry | null {
  const words = new Set(folded.split(' '));
  let best: PlaceKey | null = null;
  for (const key of keys) {
    if (!key.tokens.every((t) => words.has(t))) continue;
    const itinerant = key.place.stops.length > 0;
    if (key.needsCommune && commune !== key.place.address.commune) continue;
    if (commune !== null && !itinerant && key.place.address.commune !== commune) continue;
    if (best === null || key.weight > best.weight || (key.weight === best.weight && key.place.id < best.place.id)) {
      best = key;
    }
  }
  return best?.place ?? null;
}

/**
 * A resolver of location texts against the directory and the communes, accent- and
 * case-insensitive. The commune comes from the commune text first, then the location and the
 * address; the place is the most specific one named, in that commune. Results are cached by text
 * (a weekly series repeats its location).
 */
export function createPlaceResolver(places: readonly PlaceEntry[], communes: readonly Commune[]): PlaceResolver {
  const pKeys = placeKeys(places);
  const cKeys = communeKeys(communes);
  const cache = new Map<string, PlaceMatch>();
  return (text) => {
    const cacheKey = `${text.location ?? ''}\u0000${text.address ?? ''}\u0000${text.communeText ?? ''}`;
    const cached = cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const all = foldText([text.location, text.address, text.communeText].filter((t) => t !== null).join(' '));
    const named = text.communeText === null ? null : findCommune(cKeys, foldText(text.communeText));
    const communeInText = named ?? findCommune(cKeys, all);
    const place = all === '' ? null : findPlace(pKeys, all, communeInText);
    const itinerant = place !== null && place.stops.length > 0;
    const commune = itinerant ? (communeInText ?? place.address.commune) : (place?.address.commune ?? communeInText);
    const match = { place, commune };
    cache.set(cacheKey, match);
    return match;
  };
}
