/**
 * What the site reads from an occurrence as the partner published it, so that a page never
 * contradicts itself: a cancelled occurrence's title without the « Annulé : » the partner may have
 * written in it (the site marks the status once, « Annulé »), and the price and registration a
 * description states when the feed's own fields are empty (« Gratuit, sur inscription » in the
 * description never sits above « Prix non précisé »). Applied once, when the build loads the data.
 */
import type { Occurrence } from '../domain/index.ts';
import { isFreeFromPrice } from '../ingest/normalise/is-free.ts';

/** « Annulé : », « ANNULÉ - », « [Annulé] », « (annulée) » at the start of a title, or « – annulé » at its end. */
const STATUS_PREFIX = /^\s*[[(]?\s*(?:annul[ée]e?s?|cancell?ed)\s*[\])]?\s*(?:[:\-–—]\s*)?/iu;
const STATUS_SUFFIX = /\s*(?:[:\-–—]\s*|\(\s*)(?:annul[ée]e?s?|cancell?ed)\s*\)?\s*$/iu;

/** A cancelled occurrence's title without the status word its partner wrote in it. */
export function titleWithoutStatus(title: string, status: Occurrence['status']): string {
  if (status !== 'cancelled') return title;
  const stripped = title.replace(STATUS_PREFIX, '').replace(STATUS_SUFFIX, '').trim();
  return stripped === '' ? title : stripped;
}

/** The sentences of a description (lines, and `.`, `!`, `?` ends). */
function sentencesOf(description: string): string[] {
  return description
    .split(/\n+|(?<=[.!?])\s+/u)
    .map((s) => s.trim().replace(/[.]$/u, ''))
    .filter((s) => s !== '');
}

const PRICE_WORD = /^(?:gratuit\w*|payant\w*|tarifs?|prix|entrée|participation|adhésion)$/iu;
const AMOUNT = /\d\s*(?:€|euros?\b)/iu;
const REGISTRATION = /\b(?:inscri\w*|réserv\w*)/iu;

/**
 * The sentence of a description that states the price: it opens with a price word (« Gratuit, sur
 * inscription », « Tarif : 15 € », « Entrée libre »), names an amount, or ends a sentence with one
 * (« …, gratuitement »). A word deep inside another sentence (« avec un modèle gratuit ») does not count.
 */
export function priceSentenceOf(description: string): string | null {
  for (const sentence of sentencesOf(description)) {
    const words = sentence.split(/[\s,:;]+/u);
    const opening = words.slice(0, 4).some((w) => PRICE_WORD.test(w));
    const closing = /,\s*gratuit\w*$/iu.test(sentence);
    if (opening || closing || AMOUNT.test(sentence)) return sentence;
  }
  return null;
}

/** The sentence of a description about registering or booking (« Sur inscription (6 places) »). */
export function registrationSentenceOf(description: string): string | null {
  return sentencesOf(description).find((s) => REGISTRATION.test(s)) ?? null;
}

/** Longest price sentence shown as the price; a longer one is summed up (« Gratuit »). */
const SHORT = 80;

/** The occurrence as the site shows it (see the module's comment); the stored data is left as it is. */
export function readOccurrence(o: Occurrence): Occurrence {
  const title = titleWithoutStatus(o.title, o.status);
  const description = o.description ?? '';
  let { price, free, registration } = o;
  if (price === null && free === null) {
    const sentence = priceSentenceOf(description);
    if (sentence !== null) {
      free = isFreeFromPrice(sentence);
      price = sentence.length <= SHORT || free !== true ? sentence : null;
    }
  }
  registration ??= registrationSentenceOf(description);
  return title === o.title && price === o.price && free === o.free && registration === o.registration
    ? o
    : { ...o, title, price, free, registration };
}
