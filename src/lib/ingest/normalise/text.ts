import { compile } from 'html-to-text';
import { UNSAFE_CHARACTERS as UNSAFE_CHARS } from '../safe-text.ts';

/** Longest description kept (characters); longer texts are cut with an ellipsis. */
export const MAX_DESCRIPTION_LENGTH = 5_000;
/** Longest title kept (characters). */
export const MAX_TITLE_LENGTH = 200;

const LOOKS_LIKE_HTML = /<\/?[a-z][\s\S]*?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

const TAG = /<\/?[a-z][^>]*>/gi;

// Compiled once: `convert()` would rebuild its selector tables for every description.
const htmlToText = compile({
  wordwrap: false,
  selectors: [
    {
      selector: 'a',
      options: {
        hideLinkHrefIfSameAsText: true,
        linkBrackets: ['(', ')'],
        // A link target that could not be published as a link (`javascript:`, `data:`…) is not
        // published as text either: only the link's words are kept.
        pathRewrite: (href: string) => {
          const target = href.replace(UNSAFE_CHARS, '').trim();
          return /^(?:https?:|tel:|mailto:)/i.test(target) || !/^[a-z][a-z0-9+.-]*:/i.test(target) ? target : '';
        },
      },
    },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
  ],
});

/** Most HTML texts whose conversion is kept (descriptions repeat across a feed: a series and its moved dates). */
const HTML_CACHE_SIZE = 1_000;
const convertedHtml = new Map<string, string>();

/** `htmlToText`, each distinct text converted once (the cache is emptied when full: memory stays bounded). */
function htmlToTextOnce(html: string): string {
  let text = convertedHtml.get(html);
  if (text === undefined) {
    if (convertedHtml.size >= HTML_CACHE_SIZE) convertedHtml.clear();
    convertedHtml.set(html, (text = htmlToText(html)));
  }
  return text;
}

/**
 * The text without anything shaped like a tag, even one revealed by decoding entities
 * (`&lt;script&gt;`) or by removing another tag (`<<b>script>`): nobody needs one in an event.
 */
function withoutTags(text: string): string {
  let previous: string;
  do {
    previous = text;
    text = text.replace(TAG, '');
  } while (text !== previous);
  return text;
}

/**
 * Plain text from partner text that may hold HTML (Outlook, Google descriptions): tags removed,
 * entities decoded, links kept as "text (url)", control characters dropped, blank lines collapsed.
 * The result is only ever rendered escaped.
 */
export function toPlainText(input: string | null | undefined, maxLength = MAX_DESCRIPTION_LENGTH): string | null {
  if (input === null || input === undefined) return null;
  // Control characters go first: `<scr\u0000ipt>` must not become a tag once they are dropped.
  let text = input.replace(UNSAFE_CHARS, '').replace(/\r\n?/g, '\n');
  if (LOOKS_LIKE_HTML.test(text)) {
    text = htmlToTextOnce(text);
  }
  text = withoutTags(text.replace(UNSAFE_CHARS, ''))
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text === '') return null;
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}

/** A one-line plain text (titles, locations): like `toPlainText`, with line breaks turned into spaces. */
export function toOneLine(input: string | null | undefined, maxLength = MAX_TITLE_LENGTH): string | null {
  const text = toPlainText(input, Number.MAX_SAFE_INTEGER);
  if (text === null) return null;
  const line = text.replace(/\s*\n\s*/g, ' ');
  return line.length > maxLength ? `${line.slice(0, maxLength - 1).trimEnd()}…` : line;
}

/**
 * A URL that may be published, or `null`: only `http:`, `https:`, `mailto:` and `tel:`, trimmed,
 * without spaces, quotes, angle brackets or control characters. A bare `www.` address gets
 * `https://`; a `tel:` link keeps only its digits (and a leading `+`).
 */
export function toSafeUrl(input: string | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  let candidate = input.replace(UNSAFE_CHARS, '').trim();
  if (/^www\.[^\s]+\.[a-z]{2,}/i.test(candidate)) candidate = `https://${candidate}`;
  if (/^tel:/i.test(candidate)) {
    // Phone numbers are written with spaces, dots or dashes; the link keeps the digits.
    const number = candidate.slice(4).replace(/[ .-]/g, '');
    return /^\+?\d{2,20}$/.test(number) ? `tel:${number}` : null;
  }
  if (candidate === '' || /\s/.test(candidate) || candidate.length > 2_000) return null;
  if (/^mailto:[^\s@<>"'`]+@[^\s@<>"'`]+$/i.test(candidate)) return candidate;
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.hostname === '') return null;
    // Quotes are valid in a URL but break out of attributes written with them: encode them.
    return url.href.replace(/'/g, '%27').replace(/`/g, '%60');
  } catch {
    return null;
  }
}
