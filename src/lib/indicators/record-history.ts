/**
 * The history of the indicators: one record per quarter, updated night after night. Days already
 * past are counted once (settled) while the data still holds them — the ingest keeps only the
 * last 30 days — so a quarter's figures stay whole once its early days have left the data.
 */
import type { Figures, IndicatorHistory, QuarterRecord } from '../domain/index.ts';
import { toZonedDate, toZonedIso } from '../time/zoned-time.ts';
import { quarterById, quarterOfDate, shiftQuarter, type Quarter } from './quarters.ts';
import { addFigures, emptyFigures, startingBetween, tallyOccurrences, type Countable } from './tally.ts';

/** What one night records from. */
export interface NightInput {
  /** The published occurrences (cross-source duplicates merged). */
  occurrences: readonly Countable[];
  /** The night's instant. */
  now: Date;
  /** First day the data holds (the ingest window's start, `YYYY-MM-DD`). */
  dataFrom: string;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** A quarter's figures: the settled days and the days announced. */
export function recordFigures(record: QuarterRecord): Figures {
  return addFigures(record.settled, record.announced);
}

/** `true` once every day of the quarter is settled. */
export function isClosed(record: QuarterRecord): boolean {
  return record.settledUntil >= quarterById(record.quarter).to;
}

/** A new record for a quarter, covering it from the first day the data holds. */
function newRecord(quarter: Quarter, dataFrom: string, nowIso: string): QuarterRecord {
  const coverageFrom = later(quarter.from, dataFrom);
  return {
    quarter: quarter.id,
    coverageFrom,
    settledUntil: coverageFrom,
    gaps: [],
    updatedAt: nowIso,
    settled: emptyFigures(),
    announced: emptyFigures(),
  };
}

/** Brings one quarter's record up to the night: settles the days past, recounts the days announced. */
function updateRecord(record: QuarterRecord, input: NightInput, today: string, nowIso: string): QuarterRecord {
  const quarter = quarterById(record.quarter);
  const gaps = [...record.gaps];
  let from = record.settledUntil;
  const to = earlier(today, quarter.to);
  // Days that left the data before any night counted them: named, never invented.
  if (from < input.dataFrom && from < to) {
    const gapEnd = earlier(input.dataFrom, to);
    gaps.push({ from, to: gapEnd });
    from = gapEnd;
  }
  let settled = record.settled;
  let settledUntil = record.settledUntil;
  if (to > from) {
    settled = addFigures(settled, tallyOccurrences(startingBetween(input.occurrences, from, to)));
    settledUntil = to;
  } else if (from > settledUntil) settledUntil = from;
  const announced = tallyOccurrences(startingBetween(input.occurrences, settledUntil, quarter.to));
  return { ...record, gaps, settledUntil, settled, announced, updatedAt: nowIso };
}

/**
 * The history after one night: the current quarter's record added or updated, and the last
 * quarter's too while it is not closed (or when the history begins and the data still holds some of
 * its days). Other records are kept as they are. Quarters oldest first.
 */
export function recordNight(history: IndicatorHistory, input: NightInput): IndicatorHistory {
  const today = toZonedDate(input.now.getTime());
  const nowIso = toZonedIso(input.now.getTime());
  const current = quarterOfDate(today);
  const previous = shiftQuarter(current, -1);
  const records = new Map(history.quarters.map((r) => [r.quarter, r]));
  if (!records.has(previous.id) && input.dataFrom < previous.to) {
    records.set(previous.id, newRecord(previous, input.dataFrom, nowIso));
  }
  if (!records.has(current.id)) records.set(current.id, newRecord(current, input.dataFrom, nowIso));
  for (const [id, record] of records) {
    if (id > current.id || isClosed(record)) continue;
    records.set(id, updateRecord(record, input, today, nowIso));
  }
  return { quarters: [...records.values()].sort((a, b) => (a.quarter < b.quarter ? -1 : 1)) };
}
