import type { FeedFormat } from '../domain/source.ts';
import { decodeBytes, looksBinary } from '../text/decode-bytes.ts';

/** What the first bytes of a downloaded or given file look like. */
export type FeedContentKind = 'ics' | 'csv' | 'html' | 'empty' | 'binary' | 'text';

/** How many bytes are looked at: enough for a BOM, a doctype and a header row. */
const SNIFF_BYTES = 4_096;

/**
 * Guesses what a file is from its first bytes: an iCalendar, a table, a web page, nothing, or
 * binary data. Pure and cheap: used before parsing to reject what is not a feed.
 */
export function sniffFeedContent(bytes: Uint8Array): FeedContentKind {
  const decoded = decodeBytes(bytes.subarray(0, SNIFF_BYTES));
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return 'empty';
  // UTF-16 with a byte-order mark (Excel's "Texte Unicode") holds NUL bytes but is text.
  if (!decoded.encoding.startsWith('utf-16') && looksBinary(text)) return 'binary';
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
