import type { FeedEvent } from '../domain/feed-event.ts';
import type { Issue } from '../domain/issue.ts';
import { rememberLast } from '../remember-last.ts';

/**
 * Characters that XML (RSS, sitemap), JSON consumers or iCalendar cannot carry, or that disguise
 * text: C0 controls but tab and newline, DEL and C1 controls, the non-characters U+FFFE and
 * U+FFFF, a byte-order mark inside the text, bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), and UTF-16 surrogates that are not part of a pair.
 */
export const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every unsafe character removed (a CR-LF or a lone CR becomes a newline first). */
export function toSafeText(text: string): string {
  const unified = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return unified.replace(UNSAFE_CHARACTERS, '');
}

/** `toSafeText` of an optional text. */
const safeOrNull = (text: string | null): string | null => (text === null ? null : toSafeText(text));

/** Each text of a list made safe. */
const safeList = (texts: readonly string[]): string[] => texts.map(toSafeText);

/**
 * Makes every text field of a parser's events safe, whatever the feed's format: the one place
 * where text from a partner is cleaned before anything is written or published. One cleaner per
 * feed: consecutive events that share a text (a series) have it cleaned once, and share the
 * cleaned lists (categories, publics).
 */
export function createFeedEventCleaner(): (event: FeedEvent) => FeedEvent {
  // One memory per field: the instances of a series repeat their texts one after the other.
  const text = () => rememberLast(toSafeText);
  const optional = () => rememberLast(safeOrNull);
  const list = () => rememberLast(safeList);
  const clean = {
    uid: text(),
    recurrenceId: optional(),
    title: text(),
    description: optional(),
    start: text(),
    end: text(),
    location: optional(),
    address: optional(),
    communeText: optional(),
    url: optional(),
    registration: optional(),
    price: optional(),
    categories: list(),
    publicsText: list(),
    updatedAt: optional(),
  };
  return (event) => ({
    ...event,
    uid: clean.uid(event.uid),
    recurrenceId: clean.recurrenceId(event.recurrenceId),
    title: clean.title(event.title),
    description: clean.description(event.description),
    start: clean.start(event.start),
    end: clean.end(event.end),
    location: clean.location(event.location),
    address: clean.address(event.address),
    communeText: clean.communeText(event.communeText),
    url: clean.url(event.url),
    registration: clean.registration(event.registration),
    price: clean.price(event.price),
    categories: clean.categories(event.categories),
    publicsText: clean.publicsText(event.publicsText),
    updatedAt: clean.updatedAt(event.updatedAt),
  });
}

/** An issue whose message (which may quote the feed) is safe to publish. */
export function toSafeIssue(issue: Issue): Issue {
  return { ...issue, message: toSafeText(issue.message) };
}
