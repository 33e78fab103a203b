/**
 * The `<title>` of a page: what a tab, a bookmark and a search result show. At most
 * `TITLE_MAX_LENGTH` characters (html-validate's `long-title`; search engines cut longer ones):
 * the page's own title and the site's name, else the page's title alone, else that title cut at a
 * word and ended with « … ».
 */
export const TITLE_MAX_LENGTH = 70;

const SEPARATOR = ' – ';
const ELLIPSIS = '…';

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
