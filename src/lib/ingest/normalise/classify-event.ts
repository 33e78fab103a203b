import { foldText } from '../../domain/ids.ts';
import type { Taxonomy } from '../../domain/taxonomy.ts';
import { rememberLast } from '../../remember-last.ts';

/** What an event is about and for whom, as ids of the taxonomy. */
export interface EventClasses {
  themes: string[];
  publics: string[];
  axes: number[];
}

/** The words of an event that say what it is about and for whom. */
export interface ClassifyInput {
  title: string;
  categories: readonly string[];
  publicsText: readonly string[];
}

/** Defaults of a source: themes and publics every event of it gets. */
interface ClassDefaults {
  themes: string[];
  publics: string[];
}

interface ClassifyCall {
  input: ClassifyInput;
  defaults: ClassDefaults;
}

/** Classifies events; built once per run from the taxonomy, cached by input. */
export type EventClassifier = (input: ClassifyInput, defaults: ClassDefaults) => EventClasses;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Matcher {
  id: string;
  pattern: RegExp;
}

/** One whole-word pattern per entry: its id, its label and its keywords, folded. */
function matchersOf(entries: readonly { id: string; label: string; keywords: string[] }[]): Matcher[] {
  return entries.map((entry) => {
    const words = [entry.id.replace(/-/g, ' '), foldText(entry.label), ...entry.keywords.map(foldText)];
    const alternatives = [...new Set(words.filter((w) => w !== ''))].map(escape).join('|');
    return { id: entry.id, pattern: new RegExp(`(?:^| )(?:${alternatives})(?= |$)`) };
  });
}

/** Ids whose pattern matches the text, plus the defaults, in taxonomy order. */
function pick(matchers: readonly Matcher[], folded: string, defaults: readonly string[]): string[] {
  return matchers.filter((m) => defaults.includes(m.id) || m.pattern.test(folded)).map((m) => m.id);
}

/**
 * A classifier mapping categories, public cells and title words onto the taxonomy's themes and
 * publics (whole words, without case or accents), adding the source's defaults; axes follow
 * from the themes.
 */
export function createEventClassifier(taxonomy: Taxonomy): EventClassifier {
  const themeMatchers = matchersOf(taxonomy.themes);
  const publicMatchers = matchersOf(taxonomy.publics);
  const axesOf = new Map(taxonomy.themes.map((t) => [t.id, t.axes]));
  const cache = new Map<string, EventClasses>();
  // The instances of a series come one after the other with the same title, lists and defaults.
  const classesOfLast = rememberLast(
    (call: ClassifyCall) => classesOf(call.input, call.defaults),
    (a, b) =>
      a.input.title === b.input.title &&
      a.input.categories === b.input.categories &&
      a.input.publicsText === b.input.publicsText &&
      a.defaults === b.defaults,
  );
  return (input, defaults) => classesOfLast({ input, defaults });

  function classesOf(input: ClassifyInput, defaults: ClassDefaults): EventClasses {
    // Keyed by the raw words: a series repeats them, and folding costs more than the lookup.
    const key = [
      input.title,
      input.categories.join('\u0001'),
      input.publicsText.join('\u0001'),
      ...defaults.themes,
      '',
      ...defaults.publics,
    ].join('\u0000');
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const themeText = foldText([input.title, ...input.categories].join(' | '));
    const publicText = foldText([input.title, ...input.categories, ...input.publicsText].join(' | '));
    const themes = pick(themeMatchers, themeText, defaults.themes);
    const publics = pick(publicMatchers, publicText, defaults.publics);
    const axes = [...new Set(themes.flatMap((t) => axesOf.get(t) ?? []))].sort((a, b) => a - b);
    const classes = { themes, publics, axes };
    cache.set(key, classes);
    return classes;
  }
}
