import Fuse from 'fuse.js/basic';
import { foldText } from '../domain/ids.ts';

/** What the commune picker needs of a commune. */
export interface CommuneChoice {
  name: string;
  slug: string;
  postalCode: string;
}

/**
 * A typo-tolerant commune matcher: `thourie`, `Janze`, `marcille`, `le theil`, `35134` all find
 * their commune. Names are compared without case, accents or hyphens; a postal code matches exactly.
 */
export function communeMatcher<T extends CommuneChoice>(communes: readonly T[]): (query: string) => T[] {
  const entries = communes.map((commune) => ({ commune, folded: foldText(commune.name) }));
  const fuse = new Fuse(entries, { keys: ['folded'], threshold: 0.45, ignoreLocation: true, includeScore: true });
  return (query) => {
    const folded = foldText(query);
    if (folded === '') return [];
    if (/^\d{5}$/.test(folded)) return communes.filter((c) => c.postalCode === folded);
    const exact = entries.filter((e) => e.folded === folded || e.folded.startsWith(`${folded} `));
    const fuzzy = fuse.search(folded).map((r) => r.item);
    return [...new Set([...exact, ...fuzzy].map((e) => e.commune))];
  };
}
