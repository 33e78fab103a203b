import Fuse from 'fuse.js/basic';
import { foldPlaceName, soundKey } from '../text/sound-key.ts';

/** What the commune picker needs of a commune. */
export interface CommuneChoice {
  name: string;
  slug: string;
  postalCode: string;
}

/** What a typed text means: the communes to offer, best first, and the one it surely means, if any. */
export interface CommuneMatch<T> {
  /** Communes the text may mean, best first (generous: `jnaze` offers Janzé). */
  suggestions: T[];
  /**
   * The commune the text surely means: the first suggestion when nothing else is plausible, else
   * `undefined` — a postal code shared by several communes, a big typo, a town outside the territory.
   */
  sure: T | undefined;
  /**
   * `sure`: one commune; `several`: several communes answer to it equally (a shared postal code,
   * a start of name), to choose from; `maybe`: only lookalikes (a typo, or another town); `none`.
   */
  kind: 'sure' | 'several' | 'maybe' | 'none';
}

/** Suggestions as the resident types, and the one commune a submitted text surely means. */
export interface CommuneMatcher<T> {
  match: (query: string) => CommuneMatch<T>;
  /** `match(query).suggestions`. */
  suggest: (query: string) => T[];
  /** `match(query).sure`. */
  best: (query: string) => T | undefined;
}

/** Fuzzy scores (0 = exact, 1 = unrelated) up to which a match is offered, and taken without asking. */
const SUGGEST_SCORE = 0.45;
const SURE_SCORE = 0.3;
/** How far ahead of the next one a fuzzy match must be to be taken without asking. */
const SURE_LEAD = 0.1;
/** Shortest typed name taken as the start of a commune's name. */
const MIN_PREFIX = 3;

/** The spellings a commune answers to: its name folded, without its article, and as it sounds. */
function formsOf(name: string): { spelled: string[]; sounds: string[] } {
  const folded = foldPlaceName(name);
  const bare = folded.replace(/^(?:le|la|les|l) /, '');
  const spelled = [...new Set([folded, bare])];
  return { spelled, sounds: [...new Set(spelled.map(soundKey))] };
}

const startsWithWords = (text: string, start: string) => text === start || text.startsWith(start);

/**
 * A commune matcher for the picker: `thourie`, `Janze`, `toury`, `st colombe`, `ste colombe`,
 * `le theil`, `theil`, `marcille`, `coesme` all find their commune. Names are compared without
 * case, accents or hyphens, with « St »/« Ste » for Saint/Sainte and by sound; a postal code
 * offers every commune that has it, and is taken only when it belongs to one commune.
 */
export function communeMatcher<T extends CommuneChoice>(communes: readonly T[]): CommuneMatcher<T> {
  const entries = communes.map((commune) => ({ commune, ...formsOf(commune.name) }));
  const fuse = new Fuse(entries, {
    keys: ['spelled', 'sounds'],
    threshold: SUGGEST_SCORE,
    ignoreLocation: true,
    includeScore: true,
  });

  const byPostalCode = (digits: string): CommuneMatch<T> => {
    const found = communes.filter((c) => c.postalCode.startsWith(digits));
    const sure = digits.length === 5 && found.length === 1 ? found[0] : undefined;
    return { suggestions: found, sure, kind: sure !== undefined ? 'sure' : found.length > 0 ? 'several' : 'none' };
  };

  const byName = (query: string): CommuneMatch<T> => {
    const folded = foldPlaceName(query);
    const sound = soundKey(query);
    const exact = entries.filter((e) => e.spelled.includes(folded) || e.sounds.includes(sound));
    const prefix =
      folded.length < MIN_PREFIX
        ? []
        : entries.filter(
            (e) => e.spelled.some((s) => startsWithWords(s, folded)) || e.sounds.some((s) => startsWithWords(s, sound)),
          );
    const fuzzy = fuse.search(folded).map((r) => ({ entry: r.item, score: r.score ?? 1 }));
    const seen = new Set<T>();
    const suggestions = [...exact, ...prefix, ...fuzzy.map((f) => f.entry)]
      .map((e) => e.commune)
      .filter((c) => !seen.has(c) && seen.add(c));
    const sure = sureOf(exact, prefix, fuzzy);
    const kind =
      sure !== undefined
        ? 'sure'
        : exact.length > 1 || prefix.length > 1
          ? 'several'
          : suggestions.length > 0
            ? 'maybe'
            : 'none';
    return { suggestions, sure, kind };
  };

  const sureOf = (
    exact: typeof entries,
    prefix: typeof entries,
    fuzzy: { entry: (typeof entries)[number]; score: number }[],
  ): T | undefined => {
    if (exact.length > 0) return exact.length === 1 ? exact[0]?.commune : undefined;
    if (prefix.length > 0) return prefix.length === 1 ? prefix[0]?.commune : undefined;
    const [first, second] = fuzzy;
    if (first === undefined || first.score > SURE_SCORE) return undefined;
    return second === undefined || second.score - first.score >= SURE_LEAD ? first.entry.commune : undefined;
  };

  const match = (query: string): CommuneMatch<T> => {
    const trimmed = query.trim();
    if (foldPlaceName(trimmed) === '') return { suggestions: [], sure: undefined, kind: 'none' };
    return /^\d{1,5}$/.test(trimmed.replace(/\s/g, '')) ? byPostalCode(trimmed.replace(/\s/g, '')) : byName(trimmed);
  };

  return {
    match,
    suggest: (query) => match(query).suggestions,
    best: (query) => match(query).sure,
  };
}
