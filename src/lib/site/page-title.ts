/**
 * Page titles (`<title>`): short enough to read whole in a tab, a bookmark or a search result
 * (at most `TITLE_MAX` characters before the site name) and unique across the site — what tells
 * two pages apart (a page number, a commune, a month) is added, never cut off.
 */

/** Longest title before « – Repères numériques ». */
export const TITLE_MAX = 60;

const ELLIPSIS = '…';

/** `text` shortened to at most `max` characters at a word boundary, ending with « … » when cut. */
export function shortenText(text: string, max = TITLE_MAX): string {
  return shortenAtWord(text.replace(/\s+/g, ' ').trim(), max);
}

/** The first candidate that fits in `max` characters, else the last one shortened. */
export function fitTitle(candidates: string | readonly string[], max = TITLE_MAX): string {
  const list = typeof candidates === 'string' ? [candidates] : candidates;
  const fitting = list.find((c) => c.replace(/\s+/g, ' ').trim().length <= max);
  return fitting ?? shortenText(list[list.length - 1] ?? '', max);
}

/**
 * `title` followed by `addition` (`, page 2`, ` (Coësmes)`), within `max` characters: the title
 * is shortened if needed, the addition never is.
 */
export function titleWith(title: string, addition: string, max = TITLE_MAX): string {
  return `${shortenText(title, Math.max(1, max - addition.length))}${addition}`;
}

/** Something to title, with what tells it apart from a namesake, most telling first. */
export interface TitleCandidate<K> {
  key: K;
  title: string;
  /** `['Coësmes', 'Médiathèque de Coësmes', 'samedi 5 décembre', 'a7dcbf']`: the last one should be unique. */
  qualifiers: readonly string[];
}

const fold = (text: string) => text.toLocaleLowerCase('fr');

/**
 * One title per key, each within `max` characters and unique among them and against `reserved`
 * (other pages' titles): a title shared by several items gets, for each, the fewest qualifiers
 * that tell it apart, in parentheses (`FabLab éphémère : impression 3D (Coësmes)`).
 */
export function distinctTitles<K>(
  items: readonly TitleCandidate<K>[],
  reserved: Iterable<string> = [],
  max = TITLE_MAX,
): Map<K, string> {
  const taken = new Set([...reserved].map(fold));
  const groups = new Map<string, TitleCandidate<K>[]>();
  for (const item of items) {
    const title = fitTitle(item.title, max);
    const group = groups.get(fold(title));
    if (group === undefined) groups.set(fold(title), [item]);
    else group.push(item);
  }
  const titles = new Map<K, string>();
  for (const [folded, group] of groups) {
    if (group.length === 1 && !taken.has(folded)) {
      const [item] = group;
      if (item !== undefined) titles.set(item.key, fitTitle(item.title, max));
      continue;
    }
    // Each qualifier folded once, not once per rival: a group of n namesakes compares n² folded strings.
    const foldedQualifiers = new Map(group.map((item) => [item, item.qualifiers.map(fold)]));
    for (const item of group) titles.set(item.key, qualifiedTitle(item, group, foldedQualifiers, max));
  }
  return titles;
}

/**
 * The item's title with the qualifiers that tell it apart from the rest of its group, in order,
 * skipping those it shares with every rival left; at least one when it collides with another page.
 */
function qualifiedTitle<K>(
  item: TitleCandidate<K>,
  group: readonly TitleCandidate<K>[],
  foldedQualifiers: ReadonlyMap<TitleCandidate<K>, readonly string[]>,
  max: number,
): string {
  let rivals = group.filter((other) => other !== item);
  const mine = foldedQualifiers.get(item) ?? [];
  const chosen: string[] = [];
  item.qualifiers.forEach((qualifier, i) => {
    if (rivals.length === 0 && chosen.length > 0) return;
    const same = rivals.filter((r) => (foldedQualifiers.get(r)?.[i] ?? '') === mine[i]);
    if (qualifier !== '' && (same.length < rivals.length || rivals.length === 0)) chosen.push(qualifier);
    rivals = same;
  });
  return chosen.length === 0 ? fitTitle(item.title, max) : titleWith(item.title, ` (${chosen.join(', ')})`, max);
}

/**
 * The `<title>` of a page: what a tab, a bookmark and a search result show. At most
 * `TITLE_MAX_LENGTH` characters (html-validate's `long-title`; search engines cut longer ones):
 * the page's own title and the site's name, else the page's title alone, else that title cut at a
 * word and ended with « … ».
 */
export const TITLE_MAX_LENGTH = 70;

const SEPARATOR = ' – ';

/** How Astro writes these characters in HTML text (`'` → `&#39;`): validators count the written form. */
const ESCAPED_LENGTH: Record<string, number> = { "'": 5, '"': 6, '&': 5, '<': 4, '>': 4 };

/** Length in characters as the HTML source holds them (code points, escapes counted whole). */
const lengthOf = (text: string) => Array.from(text).reduce((n, c) => n + (ESCAPED_LENGTH[c] ?? 1), 0);

/** `text` cut to at most `max` characters at a word boundary, with « … » when it was cut. */
export function shortenAtWord(text: string, max: number): string {
  if (lengthOf(text) <= max) return text;
  let cut = '';
  for (const c of text) {
    if (lengthOf(cut + c) > max - ELLIPSIS.length) break;
    cut += c;
  }
  const lastSpace = cut.lastIndexOf(' ');
  const kept = lastSpace > cut.length / 2 ? cut.slice(0, lastSpace) : cut;
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
}

/** The title of a page: `page – site` when it fits, else the page's title, shortened when needed. */
export function pageTitle(page: string, siteName: string): string {
  const full = `${page}${SEPARATOR}${siteName}`;
  if (lengthOf(full) <= TITLE_MAX_LENGTH) return full;
  return shortenAtWord(page, TITLE_MAX_LENGTH);
}
