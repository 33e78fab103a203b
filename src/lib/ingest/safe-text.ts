import type { FeedEvent } from '../domain/feed-event.ts';
import type { Issue } from '../domain/issue.ts';

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

const safeOrNull = (text: string | null): string | null => (text === null ? null : toSafeText(text));

/**
 * A parser's event with every text field made safe, whatever the feed's format: the one place
 * where text from a partner is cleaned before anything is written or published.
 */
export function toSafeFeedEvent(event: FeedEvent): FeedEvent {
  return {
    ...event,
    uid: toSafeText(event.uid),
    recurrenceId: safeOrNull(event.recurrenceId),
    title: toSafeText(event.title),
    description: safeOrNull(event.description),
    start: toSafeText(event.start),
    end: toSafeText(event.end),
    location: safeOrNull(event.location),
    address: safeOrNull(event.address),
    communeText: safeOrNull(event.communeText),
    url: safeOrNull(event.url),
    registration: safeOrNull(event.registration),
    price: safeOrNull(event.price),
    categories: event.categories.map(toSafeText),
    publicsText: event.publicsText.map(toSafeText),
    updatedAt: safeOrNull(event.updatedAt),
  };
}

/** An issue whose message (which may quote the feed) is safe to publish. */
export function toSafeIssue(issue: Issue): Issue {
  return { ...issue, message: toSafeText(issue.message) };
}
