/**
 * The one place that decides what of a place the outputs for machines publish (the national
 * files, lieux.json, the JSON-LD of place and event pages, the LOCATION of the calendars): a fact
 * the partner has not confirmed (`toConfirm`) is left out, and so is a placeholder — a text that
 * stands for a fact not known yet, « Médiathèque (adresse à confirmer) », « Les horaires sont à
 * confirmer. ». The pages for residents show such facts with their « à confirmer » mark instead.
 */
import { BoundedMemo } from '../bounded-memo.ts';
import { isConfirmed, type PlaceEntry, type Stop } from '../domain/index.ts';
import { statusText } from '../site/strings/status.ts';

/** Lower case without accents, single spaces: `À  confirmer` and `a confirmer` read alike. */
const folded = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').toLocaleLowerCase('fr');

const toConfirm = folded(statusText.toConfirm);

/**
 * Every calendar line, JSON-LD and open-data row of a place asks about the same few texts (its
 * street, its hours): each is folded once per build.
 */
const placeholders = new BoundedMemo<string, boolean>(10_000);

/** `true` for a text that stands for a fact not known yet (it says « à confirmer »). */
export function isPlaceholder(text: string): boolean {
  return placeholders.get(text, () => folded(text).includes(toConfirm));
}

/** A text without its sentences about facts still to confirm (`La commune et les horaires sont à confirmer.`). */
export function withoutPlaceholders(text: string): string {
  return text
    .trim()
    .split(/(?<=[.!?…])\s+/u)
    .filter((sentence) => !isPlaceholder(sentence))
    .join(' ')
    .trim();
}

/** The street of a place when the partner confirmed the address and it is a real one, else `null`. */
export function publishedStreet(place: Pick<PlaceEntry, 'address' | 'toConfirm'>): string | null {
  const { street } = place.address;
  return isConfirmed(place, 'address') && !isPlaceholder(street) ? street : null;
}

/** The stop of an itinerant place in a commune, when it has exactly one there. */
export function stopIn(place: Pick<PlaceEntry, 'stops'>, commune: string | null): Stop | null {
  const here = place.stops.filter((s) => s.commune === commune);
  return here.length === 1 ? (here[0] ?? null) : null;
}

type Confirmable = 'openingHours' | 'phone' | 'email' | 'website';

/** A fact of a place when confirmed and not a placeholder, else `undefined`. */
export function publishedFact<K extends Confirmable>(place: PlaceEntry, field: K): PlaceEntry[K] | undefined {
  const value = place[field];
  return value !== undefined && isConfirmed(place, field) && !isPlaceholder(value) ? value : undefined;
}
