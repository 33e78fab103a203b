import type { Issue } from '../../domain/issue.ts';
import { isKnownTimeZone } from '../../time/zone-offset.ts';
import { PARIS } from '../../time/zoned-time.ts';
import { refuseOverBudget } from '../feed-budget.ts';
import { csvIncompleteness } from '../feed-completeness.ts';
import type { FeedParser, ParseOptions, ParseResult } from '../types.ts';
import { resolveColumns, type ColumnPlan, type ColumnsFailure } from './columns.ts';
import { isTwelveHourTime, provenDateOrder, type DateOrder } from './dates.ts';
import { readCsvText } from './read-csv-text.ts';
import { csvMessages } from './messages.ts';
import { readRow } from './read-row.ts';
import { RowCollector } from './row-collector.ts';
import { splitCsvRecords, type CsvRecord } from './split-rows.ts';

/** Most data rows read from one file; the rest is dropped with a warning. */
export const MAX_CSV_ROWS = 50_000;
export { MAX_ROW_ISSUES } from './row-collector.ts';

const fatal = (message: string, issues: Issue[] = []): ParseResult => ({
  events: [],
  issues: [...issues, { severity: 'error', message }],
  fatal: true,
});

function looksLikeTable(text: string): boolean {
  return !text.includes('\u0000') && !/^\s*<(?:!doctype|html|\?xml|head|body)\b/i.test(text);
}

/** The French message of each reason a header row cannot be read. */
const columnsProblems: Record<ColumnsFailure, (headers: string[], header: string) => string> = {
  'missing-title': (headers) => csvMessages.missingTitle(headers),
  'missing-date': (headers) => csvMessages.missingDate(headers),
  'end-without-start': (headers) => csvMessages.endWithoutStart(headers),
  duplicate: (_headers, header) => csvMessages.duplicateHeader(header),
};

/** Day-first unless the dates prove otherwise, or every time is written the American way (7:30 PM). */
function dateOrderOf(rows: readonly CsvRecord[], plan: ColumnPlan): DateOrder {
  const cellsOf = (indexes: number[] | undefined) =>
    rows.flatMap((row) => (indexes ?? []).map((i) => row.cells[i] ?? '')).filter((c) => c.trim() !== '');
  const proven = provenDateOrder(cellsOf([...(plan.date ?? []), ...(plan.endDate ?? [])]));
  if (proven !== null) return proven;
  const times = cellsOf([...(plan.start ?? []), ...(plan.end ?? [])]);
  return times.length > 0 && times.every(isTwelveHourTime) ? 'month-first' : 'day-first';
}

/** How many non-empty lines may stand above the header (a title, a date of update, a blank line). */
const MAX_LINES_ABOVE_HEADER = 10;

type Resolution = ReturnType<typeof resolveColumns>;

/**
 * The header row: the first of the first non-empty lines whose names give a title and a date.
 * When none does, the failure reported is the one of the first line with several cells.
 */
function findHeader(records: readonly CsvRecord[], options: ParseOptions) {
  const candidates = records
    .map((record, index) => ({ record, index }))
    .filter(({ record }) => record.cells.some((c) => c.trim() !== ''))
    .slice(0, MAX_LINES_ABOVE_HEADER + 1);
  let failure: { record: CsvRecord; index: number; resolution: Resolution } | undefined;
  for (const candidate of candidates) {
    const resolution = resolveColumns(candidate.record.cells, options.columns);
    if (resolution.ok) return { ...candidate, resolution, skipped: candidate !== candidates[0] };
    const filled = candidate.record.cells.filter((c) => c.trim() !== '').length;
    if (failure === undefined || (filled > 1 && failure.record.cells.filter((c) => c.trim() !== '').length <= 1)) {
      failure = { ...candidate, resolution };
    }
  }
  return failure === undefined ? undefined : { ...failure, skipped: false };
}

/** Warnings about the header row itself: mapped columns missing, unknown columns, lines above it. */
function headerIssues(resolution: Extract<Resolution, { ok: true }>, line: number, skipped: boolean): Issue[] {
  const issues: Issue[] = resolution.missingMapped.map(({ field, header }) => ({
    severity: 'error',
    message: csvMessages.mappedHeaderMissing(field, header),
    line,
  }));
  if (skipped) issues.push({ severity: 'warning', message: csvMessages.linesAboveHeader(line), line });
  if (resolution.unknown.length > 0) {
    issues.push({ severity: 'warning', message: csvMessages.unknownColumns(resolution.unknown), line });
  }
  return issues;
}

/** A file cut short (no final line break, its last row incomplete) is refused whole. */
function incompleteResult(text: string, split: ReturnType<typeof splitCsvRecords>, headerWidth: number) {
  if (split.truncated) return null;
  const refusal = csvIncompleteness(text, split.records.at(-1), headerWidth);
  return refusal === null ? null : { ...fatal(csvMessages.incomplete()), refusal };
}

/**
 * Reads a partner's spreadsheet saved as CSV into feed events. Pure; never throws on bad input:
 * a bad row is skipped with an error giving its line, a file that is not a usable table is `fatal`,
 * and so is a file cut short or over its budget (`options.budget`: rows, then occurrences).
 */
export const parseCsvFeed: FeedParser = (input, options) => {
  const { text } = readCsvText(input);
  if (text.trim() === '') return fatal(csvMessages.empty());
  if (!looksLikeTable(text)) return fatal(csvMessages.notTable());
  const rowLimit = options.budget === undefined ? MAX_CSV_ROWS : options.budget.events + MAX_LINES_ABOVE_HEADER + 1;
  const split = splitCsvRecords(text, rowLimit + 1);
  const found = findHeader(split.records, options);
  if (found === undefined) return fatal(csvMessages.empty());
  const { record: header, resolution } = found;
  if (!resolution.ok) return fatal(columnsProblems[resolution.reason](resolution.headers, resolution.header ?? ''));
  const incomplete = incompleteResult(text, split, header.cells.length);
  if (incomplete !== null) return incomplete;

  const issues = headerIssues(resolution, header.line, found.skipped);
  const rows = split.records.slice(found.index + 1);
  const rowCount = rows.filter((row) => row.cells.some((c) => c.trim() !== '')).length;
  if (options.budget !== undefined && (rowCount > options.budget.events || split.truncated)) {
    return refuseOverBudget('events', options.budget.events, { counted: rowCount, atLeast: split.truncated }, rowCount);
  }
  const order = dateOrderOf(rows, resolution.plan);
  if (order === 'month-first') issues.push({ severity: 'warning', message: csvMessages.monthFirst() });
  const timeZone = isKnownTimeZone(options.timeZone) ? options.timeZone : PARIS;
  if (timeZone !== options.timeZone) {
    issues.push({ severity: 'warning', message: csvMessages.unknownTimeZone(options.timeZone) });
  }
  const collector = new RowCollector(options);
  const context = { plan: resolution.plan, order, timeZone };
  for (const row of rows) {
    if (collector.overBudget) break;
    const extra = row.cells.slice(header.cells.length).some((c) => c.trim() !== '');
    if (row.unclosedQuote) collector.reject(csvMessages.unclosedQuote(), row.line);
    else if (extra) {
      collector.reject(csvMessages.tooManyCells(row.cells.length, header.cells.length, split.delimiter), row.line);
    } else collector.add(readRow(row.cells, { ...context, line: row.line }), row.line);
  }
  collector.finish();
  if (collector.overBudget && options.budget !== undefined) {
    const overrun = { counted: options.budget.occurrences + 1, atLeast: true };
    return refuseOverBudget('occurrences', options.budget.occurrences, overrun, rowCount);
  }
  if (split.truncated) issues.push({ severity: 'warning', message: csvMessages.tooManyRows(MAX_CSV_ROWS) });
  return { events: collector.events, issues: [...issues, ...collector.issues], fatal: false, eventCount: rowCount };
};
