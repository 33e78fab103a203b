import Fuse from 'fuse.js/basic';
import { foldText } from '../domain/ids.ts';

/** What the commune picker needs of a commune. */
export interface CommuneChoice {
  name: string;
  slug: string;
  postalCode: string;
}

/** Suggestions as the resident types, and the one commune a submitted text surely means. */
export interface CommuneMatcher<T> {
  /** Communes the text may mean, best first (generous: `jnaze` suggests Janzé). */
  suggest: (query: string) => T[];
  /** The commune the text surely means, or `undefined` (strict: `Paris` means none). */
  best: (query: string) => T | undefined;
}

/** Fuzzy scores (0 = exact, 1 = unrelated) up to which a match is offered, and taken without asking. */
const SUGGEST_SCORE = 0.45;
const SURE_SCORE = 0.3;

/**
 * A typo-tolerant commune matcher: `thourie`, `Janze`, `marcille`, `le theil`, `35134` all find
 * their commune. Names are compared without case, accents or hyphens; a postal code matches exactly.
 */
export function communeMatcher<T extends CommuneChoice>(communes: readonly T[]): CommuneMatcher<T> {
  const entries = communes.map((commune) => ({ commune, folded: foldText(commune.name) }));
  const fuse = new Fuse(entries, {
    keys: ['folded'],
    threshold: SUGGEST_SCORE,
    ignoreLocation: true,
    includeScore: true,
  });
  const scored = (query: string): { commune: T; score: number }[] => {
    const folded = foldText(query);
    if (folded === '') return [];
    if (/^\d{5}$/.test(folded))
      return communes.filter((c) => c.postalCode === folded).map((commune) => ({ commune, score: 0 }));
    const exact = entries
      .filter((e) => e.folded === folded || e.folded.startsWith(`${folded} `))
      .map((e) => ({ commune: e.commune, score: 0 }));
    const fuzzy = fuse.search(folded).map((r) => ({ commune: r.item.commune, score: r.score ?? 1 }));
    const seen = new Set<T>();
    return [...exact, ...fuzzy].filter((m) => !seen.has(m.commune) && seen.add(m.commune));
  };
  return {
    suggest: (query) => scored(query).map((m) => m.commune),
    best: (query) => {
      const [first] = scored(query);
      return first !== undefined && first.score <= SURE_SCORE ? first.commune : undefined;
    },
  };
}
