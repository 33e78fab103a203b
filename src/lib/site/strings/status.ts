/**
 * The status words shown on occurrences and places, each defined once. Every other form (the
 * « ANNULÉ : » of the RSS titles, « (annulé) » in a programme's dates, « À confirmer » at the
 * start of a line) is derived from these.
 */
export const statusText = {
  /** An occurrence the partner cancelled (`STATUS:CANCELLED`). */
  cancelled: 'Annulé',
  /** A fact the partner has not confirmed yet, an occurrence marked tentative. */
  toConfirm: 'à confirmer',
  /** Demonstration data, not a real programme. */
  demo: 'exemple',
} as const;

/** A word at the start of a line or a heading: `À confirmer`. */
export function capitalised(word: string): string {
  return word.charAt(0).toLocaleUpperCase('fr') + word.slice(1);
}

/** A word for machines and posters that shout it: `ANNULÉ`. */
export function shouted(word: string): string {
  return word.toLocaleUpperCase('fr');
}

/** A word inside a sentence: `annulé`. */
export function lowered(word: string): string {
  return word.toLocaleLowerCase('fr');
}

/** Lower case without accents: `Annulé` and `ANNULE` read alike. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');

/**
 * `true` when a partner's title already says the event is cancelled (« Annulé : Atelier… »,
 * « ATELIER ANNULE »): the outputs then add no second mark.
 */
export function saysCancelled(title: string): boolean {
  const word = folded(statusText.cancelled);
  return new RegExp(`(^|[^\\p{L}])${word}(e?s?)($|[^\\p{L}])`, 'u').test(folded(title));
}
