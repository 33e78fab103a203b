import type { FeedRefusal } from './types.ts';

// Every byte is one character in Latin-1: the ASCII keywords are found whatever the encoding.
const latin1 = new TextDecoder('latin1');

const countLines = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * Why an iCalendar body is incomplete, or `null`: a calendar opened by `BEGIN:VCALENDAR` must be
 * closed by `END:VCALENDAR` (a download cut halfway loses its end), and a file of bare VEVENTs
 * must close its last one. A VEVENT left open inside a closed calendar is damage, not truncation:
 * the parser reports it and keeps the rest.
 */
export function icsIncompleteness(input: Uint8Array): Extract<FeedRefusal, { kind: 'incomplete' }> | null {
  const text = latin1.decode(input);
  const opened = countLines(text, /^[ \t]*BEGIN:VCALENDAR[ \t]*$/gim);
  const closed = countLines(text, /^[ \t]*END:VCALENDAR[ \t]*$/gim);
  if (opened > 0) {
    return closed >= opened
      ? null
      : { kind: 'incomplete', detail: `END:VCALENDAR absent (${opened} BEGIN, ${closed} END)` };
  }
  const events = countLines(text, /^[ \t]*BEGIN:VEVENT[ \t]*$/gim);
  const ended = countLines(text, /^[ \t]*END:VEVENT[ \t]*$/gim);
  return events > 0 && ended < events
    ? { kind: 'incomplete', detail: `END:VEVENT absent à la fin (${events} BEGIN, ${ended} END)` }
    : null;
}

/**
 * Why a CSV table is incomplete, or `null`: a text that ends without a line break inside an open
 * quote, or on a row with fewer cells than the header, was cut while being written or sent.
 */
export function csvIncompleteness(
  text: string,
  last: { cells: readonly string[]; unclosedQuote: boolean; line: number } | undefined,
  headerWidth: number,
): Extract<FeedRefusal, { kind: 'incomplete' }> | null {
  if (last === undefined || text.endsWith('\n')) return null;
  if (last.unclosedQuote)
    return { kind: 'incomplete', detail: `guillemet ouvert en fin de fichier (ligne ${last.line})` };
  if (last.cells.length < headerWidth && last.cells.some((c) => c.trim() !== '')) {
    return {
      kind: 'incomplete',
      detail: `dernière ligne (${last.line}) coupée : ${last.cells.length} cellules sur ${headerWidth}, sans fin de ligne`,
    };
  }
  return null;
}
