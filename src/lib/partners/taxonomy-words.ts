/**
 * The words that put an event in a theme or a public, as `/partenaires/publier/` lists them: for
 * each entry of the taxonomy, its label and its keywords — exactly what the ingest's classifier
 * matches (normalise/classify-event.ts), read from content/taxonomy.yaml at build, so the table
 * never drifts from the rule.
 */
import { foldText } from '../domain/ids.ts';
import type { Taxonomy } from '../domain/taxonomy.ts';

/** One theme or public and the words that select it. */
export interface TaxonomyWords {
  id: string;
  label: string;
  /** The label first, then the keywords, each once (without case or accents), as written in the taxonomy. */
  words: string[];
}

function wordsOf(entry: { label: string; keywords: readonly string[] }): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of [entry.label, ...entry.keywords]) {
    const folded = foldText(word);
    if (folded === '' || seen.has(folded)) continue;
    seen.add(folded);
    words.push(word);
  }
  return words;
}

/** The themes and the publics of the taxonomy, each with the words that select it. */
export function taxonomyWords(taxonomy: Pick<Taxonomy, 'themes' | 'publics'>): {
  themes: TaxonomyWords[];
  publics: TaxonomyWords[];
} {
  const toWords = (entry: { id: string; label: string; keywords: readonly string[] }) => ({
    id: entry.id,
    label: entry.label,
    words: wordsOf(entry),
  });
  return { themes: taxonomy.themes.map(toWords), publics: taxonomy.publics.map(toWords) };
}
