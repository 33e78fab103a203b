/**
 * The domain's shared vocabulary and its small rules, without zod: browser scripts import this
 * file (never the schemas, which would ship zod to the browser).
 */

/** Facts of a place that may still await the partner's confirmation. */
export const CONFIRMABLE_FIELDS = [
  'address',
  'coordinates',
  'openingHours',
  'phone',
  'email',
  'website',
  'services',
  'publics',
  'fees',
  'accompaniments',
  'accessibility',
  'toBring',
  'stops',
] as const;

/** What `toConfirm` says of a place: `true` for every fact, or the list of facts. */
export interface Confirmable {
  toConfirm: boolean | readonly (typeof CONFIRMABLE_FIELDS)[number][];
}

/** The public « tout public »: a place or event for everybody, never a filter of its own. */
export const EVERYBODY = 'tout-public';

/** The publics a filter or a list offers: every public but « tout public ». */
export function specificPublics<P extends { id: string }>(publics: readonly P[]): P[] {
  return publics.filter((p) => p.id !== EVERYBODY);
}

/** The label of an entry of a controlled list, or the id itself when the list does not know it. */
export function labelOf(list: readonly { id: string; label: string }[], id: string): string {
  return list.find((entry) => entry.id === id)?.label ?? id;
}

/** The labels of some ids of a controlled list, in the order of the ids. */
export function labelsOf(list: readonly { id: string; label: string }[], ids: readonly string[]): string[] {
  return ids.map((id) => labelOf(list, id));
}

/** The facts of a place still awaiting the partner's confirmation (`toConfirm: true`: all of them). */
export function fieldsToConfirm(place: Confirmable): Set<string> {
  return new Set(place.toConfirm === true ? CONFIRMABLE_FIELDS : place.toConfirm === false ? [] : place.toConfirm);
}

/** `true` when a fact of a place is confirmed by the partner (not listed in `toConfirm`). */
export function isConfirmed(place: Confirmable, field: string): boolean {
  return place.toConfirm === false || (Array.isArray(place.toConfirm) && !place.toConfirm.some((f) => f === field));
}
