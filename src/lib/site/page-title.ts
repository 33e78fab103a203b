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
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, Math.max(0, max - ELLIPSIS.length) + 1);
  const space = room.lastIndexOf(' ');
  const cut = space > max / 2 ? room.slice(0, space) : room.slice(0, max - ELLIPSIS.length);
  return `${cut.replace(/[\s,;:–-]+$/, '')}${ELLIPSIS}`;
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
    for (const item of group) titles.set(item.key, qualifiedTitle(item, group, max));
  }
  return titles;
}

/**
 * The item's title with the qualifiers that tell it apart from the rest of its group, in order,
 * skipping those it shares with every rival left; at least one when it collides with another page.
 */
function qualifiedTitle<K>(item: TitleCandidate<K>, group: readonly TitleCandidate<K>[], max: number): string {
  let rivals = group.filter((other) => other !== item);
  const chosen: string[] = [];
  item.qualifiers.forEach((qualifier, i) => {
    if (rivals.length === 0 && chosen.length > 0) return;
    const same = rivals.filter((r) => fold(r.qualifiers[i] ?? '') === fold(qualifier));
    if (qualifier !== '' && (same.length < rivals.length || rivals.length === 0)) chosen.push(qualifier);
    rivals = same;
  });
  return chosen.length === 0 ? fitTitle(item.title, max) : titleWith(item.title, ` (${chosen.join(', ')})`, max);
}
