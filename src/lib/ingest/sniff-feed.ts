import type { FeedFormat } from '../domain/source.ts';

/** What the first bytes of a downloaded or given file look like. */
export type FeedContentKind = 'ics' | 'csv' | 'html' | 'empty' | 'binary' | 'text';

/** How many bytes are looked at: enough for a BOM, a doctype and a header row. */
const SNIFF_BYTES = 4_096;

const decoder = new TextDecoder('utf-8', { fatal: false });

function hasBinaryBytes(head: Uint8Array): boolean {
  // UTF-16 text, images, archives and office files all hold NUL bytes early on.
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > head.length / 20;
}

function utf16Of(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Guesses what a file is from its first bytes: an iCalendar, a table, a web page, nothing, or
 * binary data. Pure and cheap: used before parsing to reject what is not a feed.
 */
export function sniffFeedContent(bytes: Uint8Array): FeedContentKind {
  const head = bytes.subarray(0, SNIFF_BYTES);
  // UTF-16 with a byte-order mark (Excel's "Texte Unicode") holds NUL bytes but is text.
  const utf16 = utf16Of(head);
  const text = (utf16 === null ? decoder.decode(head) : new TextDecoder(utf16).decode(head)).replace(/^\uFEFF/, '');
  if (text.trim() === '') return 'empty';
  if (utf16 === null && hasBinaryBytes(head)) return 'binary';
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('begin:vcalendar')) return 'ics';
  if (/^<(?:!doctype html|html|head|body|\?xml[^>]*>\s*<html)/.test(start) || start.startsWith('<!--')) return 'html';
  if (/^begin:vcalendar/im.test(text)) return 'ics';
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (/[;,\t]/.test(firstLine) && !start.startsWith('<')) return 'csv';
  if (start.startsWith('<')) return 'html';
  return 'text';
}

/** Feed format from a file name or URL path (`.ics`, `.ical`, `.ifb`, `.csv`, `.txt` excluded), or `null`. */
export function formatFromName(name: string): FeedFormat | null {
  const clean = name.replace(/[?#].*$/, '').toLowerCase();
  if (/\.(?:ics|ical|icalendar|ifb)$/.test(clean)) return 'ics';
  if (/\.(?:csv|tsv)$/.test(clean)) return 'csv';
  return null;
}

const UNUSABLE_REASONS: Partial<Record<FeedContentKind, string>> = {
  empty: 'le fichier est vide : vérifiez que le lien pointe bien vers le calendrier ou le tableau exporté',
  html: 'le lien renvoie une page web (HTML) et non un calendrier ou un tableau : copiez le lien d’export iCal (.ics) ou CSV, pas l’adresse de la page',
  binary:
    'le fichier n’est pas du texte (image, archive, classeur Excel .xlsx ?) : exportez au format iCal (.ics) ou CSV',
};

/** French reason a content kind cannot be read as a feed, or `null` when it may be one. */
export function unusableContentReason(kind: FeedContentKind): string | null {
  return UNUSABLE_REASONS[kind] ?? null;
}
