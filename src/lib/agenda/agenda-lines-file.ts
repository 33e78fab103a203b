/**
 * The agenda's upcoming lines for the browser's filter, in small files of consecutive days
 * (`/agenda/lignes/<first day>.json`, at most `MAX_DATES` dates each unless one day holds more):
 * what each line shows and what the filters read, nothing else. The fields a series' dates share
 * are written once per file; each date is four short values. The browser reads the files it
 * needs, in order (src/client/agenda-filter.ts), so what it downloads grows with the page asked
 * for, not with the whole agenda.
 */
import { dayOf } from '../format/format-date.ts';
import { addDays } from '../time/calendar-date.ts';
import { toZonedIso, whenToEpoch } from '../time/zoned-time.ts';
import type { AgendaRecord } from './agenda-item.ts';

/** Format version, bumped when the shape changes. */
export const AGENDA_LINES_VERSION = 1;
/** Most dates in one file (a file holds whole days: a day with more dates gets a file of its own). */
export const MAX_DATES = 300;

/**
 * Fields shared by dates of one series: event page slug, title, where, price, demo (0|1), commune
 * (INSEE), themes and publics (space-separated ids), free (1|0|null), and `later`: the series'
 * dates that hold (not cancelled) in the files after this one.
 */
export type AgendaSeriesRow = [
  string,
  string,
  string | null,
  string | null,
  0 | 1,
  string | null,
  string,
  string,
  0 | 1 | null,
  number,
];
/**
 * One date: its series row, start (date-time with offset, or a date for a whole day), length (in
 * minutes, or in days for whole days), status (`''` confirmed, `c` cancelled, `t` tentative).
 */
export type AgendaDateRow = [number, string, number, '' | 'c' | 't'];

/** Upcoming lines of some consecutive days. */
export interface AgendaLinesFile {
  v: typeof AGENDA_LINES_VERSION;
  /** `YYYY-MM-DD`: the first day listed here (the next file starts the day after the last one here). */
  from: string;
  series: AgendaSeriesRow[];
  /** Sorted by start, as the listing. */
  dates: AgendaDateRow[];
}

const STATUS_CODES = { confirmed: '', cancelled: 'c', tentative: 't' } as const;
const STATUSES = { '': 'confirmed', c: 'cancelled', t: 'tentative' } as const;
const MINUTE = 60_000;

/** The day a record is listed under: its first day, or `today` for what already runs. */
export function listingDayOf(record: Pick<AgendaRecord, 'start'>, today: string): string {
  const first = dayOf(record.start);
  return first < today ? today : first;
}

/** Cuts records (sorted by start) into runs of whole days of at most `max` dates (one day may exceed it). */
function cutByDays(records: readonly AgendaRecord[], today: string, max: number): AgendaRecord[][] {
  const chunks: AgendaRecord[][] = [];
  let current: AgendaRecord[] = [];
  let day = '';
  let dayStart = 0;
  for (const r of records) {
    const d = listingDayOf(r, today);
    if (d !== day) {
      day = d;
      dayStart = current.length;
    }
    current.push(r);
    if (current.length > max && dayStart > 0) {
      chunks.push(current.slice(0, dayStart));
      current = current.slice(dayStart);
      dayStart = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

const words = (list: readonly string[]) => list.join(' ');
const freeCode = (value: boolean | null): 0 | 1 | null => (value === null ? null : value ? 1 : 0);
const slugOf = (href: string) => href.replace(/^\/evenements\//, '').replace(/\/$/, '');

function lengthOf(r: AgendaRecord): number {
  if (r.allDay)
    return Math.round((whenToEpoch(`${r.end}T12:00:00Z`) - whenToEpoch(`${r.start}T12:00:00Z`)) / 86_400_000);
  return Math.round((whenToEpoch(r.end) - whenToEpoch(r.start)) / MINUTE);
}

/** The files of the upcoming records (sorted by start) as seen on `today` (`YYYY-MM-DD`), in order. */
export function toAgendaLinesFiles(
  records: readonly AgendaRecord[],
  today: string,
  max = MAX_DATES,
): AgendaLinesFile[] {
  const remaining = new Map<string, number>();
  for (const r of records)
    if (r.status !== 'cancelled') remaining.set(r.seriesId, (remaining.get(r.seriesId) ?? 0) + 1);
  return cutByDays(records, today, max).map((list) => {
    for (const r of list) if (r.status !== 'cancelled') remaining.set(r.seriesId, (remaining.get(r.seriesId) ?? 1) - 1);
    return encodeFile(list, today, (seriesId) => remaining.get(seriesId) ?? 0);
  });
}

function encodeFile(
  list: readonly AgendaRecord[],
  today: string,
  later: (seriesId: string) => number,
): AgendaLinesFile {
  const rows: AgendaSeriesRow[] = [];
  const index = new Map<string, number>();
  const dates = list.map((r): AgendaDateRow => {
    const row: AgendaSeriesRow = [
      slugOf(r.href),
      r.title,
      r.where,
      r.price,
      r.demo ? 1 : 0,
      r.commune,
      words(r.themes),
      words(r.publics),
      freeCode(r.free),
      later(r.seriesId),
    ];
    const key = JSON.stringify(row);
    let i = index.get(key);
    if (i === undefined) {
      i = rows.length;
      rows.push(row);
      index.set(key, i);
    }
    return [i, r.start, lengthOf(r), STATUS_CODES[r.status]];
  });
  const first = list[0];
  return {
    v: AGENDA_LINES_VERSION,
    from: first === undefined ? today : listingDayOf(first, today),
    series: rows,
    dates,
  };
}

/** What a file gives back: its records (series keyed by their page) and each series' later dates. */
export interface DecodedLines {
  from: string;
  records: AgendaRecord[];
  /** Series key (its page) → dates that hold in the later files. */
  later: Map<string, number>;
}

const splitWords = (text: string) => text.split(' ').filter((w) => w !== '');

/**
 * Reads a file; throws on anything that is not one (a stale or broken download). `hrefOf` makes
 * an event page's address from its slug (routes.event).
 */
export function decodeAgendaLines(file: unknown, hrefOf: (slug: string) => string): DecodedLines {
  const f = file as Partial<AgendaLinesFile> | null;
  if (
    f?.v !== AGENDA_LINES_VERSION ||
    typeof f.from !== 'string' ||
    !Array.isArray(f.series) ||
    !Array.isArray(f.dates)
  )
    throw new Error('fichier de l’agenda illisible');
  const { from, series } = f as AgendaLinesFile;
  const later = new Map<string, number>();
  for (const row of series) later.set(hrefOf(row[0]), Math.max(later.get(hrefOf(row[0])) ?? 0, row[9]));
  const records = f.dates.map(([i, start, length, status], n): AgendaRecord => {
    const row = series[i];
    if (row === undefined) throw new Error(`fichier de l’agenda ${from} : date ${String(n)} sans série`);
    const [slug, title, where, price, demo, commune, themes, publics, isFree] = row;
    const allDay = start.length === 10;
    const href = hrefOf(slug);
    return {
      id: `${from}:${String(n).padStart(6, '0')}`,
      seriesId: href,
      status: STATUSES[status],
      href,
      title,
      where,
      price,
      demo: demo === 1,
      start,
      end: allDay ? addDays(start, length) : toZonedIso(whenToEpoch(start) + length * MINUTE),
      allDay,
      commune,
      themes: splitWords(themes),
      publics: splitWords(publics),
      free: isFree === null ? null : isFree === 1,
    };
  });
  return { from, records, later };
}
