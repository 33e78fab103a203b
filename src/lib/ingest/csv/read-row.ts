import type { FeedEvent } from '../../domain/feed-event.ts';
import { foldText, hashString } from '../../domain/ids.ts';
import type { OccurrenceStatus } from '../../domain/occurrence.ts';
import { toOneLine, toPlainText, toSafeUrl } from '../normalise/text.ts';
import { JOINED_KEYS, type ColumnKey, type ColumnPlan } from './columns.ts';
import type { DateOrder } from './dates.ts';
import { csvMessages } from './messages.ts';
import { readIsoTimings, readRowTiming, type RowTiming } from './row-timing.ts';

/** What the reader knows besides the row's cells. */
export interface RowContext {
  plan: ColumnPlan;
  order: DateOrder;
  timeZone: string;
  /** 1-based line of the row in the file. */
  line: number;
}

/** What became of a row: nothing in it, withheld as private, rejected with a reason, or read. */
export type RowOutcome =
  | { kind: 'blank' }
  | { kind: 'private' }
  | { kind: 'rejected'; message: string }
  | {
      kind: 'read';
      uid: string;
      timings: RowTiming[];
      event: Omit<FeedEvent, 'start' | 'end' | 'allDay' | 'recurrenceId'>;
      warnings: string[];
    };

/** Keys that say something about the event (a row with none of them filled is blank). */
const CONTENT_KEYS: readonly ColumnKey[] = [
  'title',
  'date',
  'start',
  'end',
  'endDate',
  'location',
  'address',
  'commune',
  'description',
  'url',
  'uid',
  'timings',
];
const TRUE_WORDS = new Set([
  'true',
  'vrai',
  'oui',
  'yes',
  'x',
  '1',
  'prive',
  'privee',
  'private',
  'confidentiel',
  'confidentielle',
  'personnel',
]);
const LIST_SEPARATORS = /\s*[,;|/\n]\s*/;

/** A reader of one row's cells by field. */
function cellReader(cells: readonly string[], plan: ColumnPlan) {
  const all = (key: ColumnKey): string[] =>
    (plan[key] ?? []).map((index) => (cells[index] ?? '').trim()).filter((text) => text !== '');
  const one = (key: ColumnKey): string => (JOINED_KEYS.has(key) ? all(key).join('\n\n') : (all(key)[0] ?? ''));
  return { all, one };
}

/**
 * Status from the status cells. A postponed event (`Reporté`, OpenAgenda's state for a new date
 * still unknown) will not happen at the date shown: it is cancelled there.
 */
function statusOf(texts: readonly string[]): OccurrenceStatus {
  const folded = texts.map(foldText).join(' ');
  if (/\b(annule|annulee|cancel+ed|supprime|supprimee|reporte|reportee|postponed)\b/.test(folded)) return 'cancelled';
  if (/\b(provisoire|a confirmer|tentative|sous reserve)\b/.test(folded)) return 'tentative';
  return 'confirmed';
}

function coordinatesOf(lat: string, lon: string): FeedEvent['coordinates'] {
  const [y, x] = [Number(lat.replace(',', '.')), Number(lon.replace(',', '.'))];
  if (lat === '' || lon === '' || !Number.isFinite(y) || !Number.isFinite(x)) return null;
  if (Math.abs(y) > 90 || Math.abs(x) > 180 || (y === 0 && x === 0)) return null;
  return { lat: y, lon: x };
}

function wordsOf(texts: readonly string[]): string[] {
  return texts
    .flatMap((t) => t.split(LIST_SEPARATORS))
    .map((w) => toOneLine(w))
    .filter((w): w is string => w !== null);
}

function timingsOf(read: ReturnType<typeof cellReader>, ctx: RowContext): RowTiming[] | string {
  const iso = read.one('timings');
  if (iso !== '') return readIsoTimings(iso) ?? csvMessages.badTimings(iso);
  const allDay = TRUE_WORDS.has(foldText(read.one('allDay')));
  const result = readRowTiming(
    { date: read.one('date'), start: read.one('start'), end: read.one('end'), endDate: read.one('endDate'), allDay },
    ctx.order,
    ctx.timeZone,
  );
  return result.ok ? [result.timing] : result.message;
}

/** The row's key when it has no uid column: stable whatever the order of the rows. */
function derivedUid(title: string, timing: RowTiming | undefined, location: string | null): string {
  return `csv-${hashString([foldText(title), timing?.start ?? '', foldText(location ?? '')].join('\u0000'))}`;
}

/** One data row of the table: the event it describes, or why it is skipped. */
export function readRow(cells: readonly string[], ctx: RowContext): RowOutcome {
  const read = cellReader(cells, ctx.plan);
  if (CONTENT_KEYS.every((key) => read.one(key) === '')) return { kind: 'blank' };
  if (read.all('private').some((text) => TRUE_WORDS.has(foldText(text)))) return { kind: 'private' };
  const title = toOneLine(read.one('title'));
  if (title === null) return { kind: 'rejected', message: csvMessages.missingTitleCell() };
  const timings = timingsOf(read, ctx);
  if (typeof timings === 'string') return { kind: 'rejected', message: timings };

  const warnings: string[] = [];
  const rawUrl = read.one('url');
  const url = toSafeUrl(rawUrl);
  if (url === null && rawUrl !== '') warnings.push(csvMessages.unsafeUrl(toOneLine(rawUrl, 80) ?? ''));
  const location = toOneLine(read.one('location'));
  const uid = toOneLine(read.one('uid'), 500) ?? derivedUid(title, timings[0], location);
  const event = {
    uid,
    title,
    description: toPlainText(read.one('description')),
    status: statusOf(read.all('status')),
    location,
    address: toOneLine(read.one('address')),
    communeText: toOneLine(read.one('commune')),
    coordinates: coordinatesOf(read.one('latitude'), read.one('longitude')),
    url,
    registration: toOneLine(read.one('registration'), 500),
    price: toOneLine(read.one('price'), 500),
    categories: wordsOf(read.all('theme')),
    publicsText: wordsOf(read.all('public')),
    updatedAt: null,
    line: ctx.line,
  };
  return { kind: 'read', uid, timings, event, warnings };
}
