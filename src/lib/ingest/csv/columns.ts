import { foldText } from '../../domain/ids.ts';
import type { CsvField } from '../../domain/source.ts';
import { COLUMN_SYNONYMS, DATE_TIME_NAMES, FORM_EXPORT_COLUMNS, type ColumnKey } from './column-names.ts';

export { COLUMN_SYNONYMS, type ColumnKey } from './column-names.ts';

/** Fields whose non-empty cells are all kept (joined), not just the first. */
export const JOINED_KEYS: ReadonlySet<ColumnKey> = new Set(['description', 'theme', 'public', 'status']);

/** Language codes of multilingual exports (OpenAgenda: `Titre - FR`, `Titre - EN`). */
const LANGUAGE_SUFFIX = /^(.*\S)\s*[-–(_]\s*(fr|en|de|es|it|br|eu|oc|co|ca|nl|pt)\s*\)?$/i;

/** Which columns feed which field: column indexes, best first. */
export type ColumnPlan = Partial<Record<ColumnKey, number[]>>;

/** Why a header row cannot be read. */
export type ColumnsFailure = 'missing-title' | 'missing-date' | 'end-without-start' | 'duplicate';

/** Columns found in a header row, or why the table cannot be read (`header`: the duplicated one). */
export type ColumnResolution =
  | { ok: true; plan: ColumnPlan; unknown: string[]; missingMapped: Array<{ field: CsvField; header: string }> }
  | { ok: false; reason: ColumnsFailure; headers: string[]; header?: string };

const KEY_BY_NAME = new Map<string, { key: ColumnKey; rank: number }>();
for (const [key, names] of Object.entries(COLUMN_SYNONYMS) as Array<[ColumnKey, readonly string[]]>) {
  names.forEach((name, rank) => {
    if (!KEY_BY_NAME.has(name)) KEY_BY_NAME.set(name, { key, rank });
  });
}

/** A hint in brackets after the name (`Date (jj/mm/aaaa)`, `Heure [hh:mm]`): not part of the name. */
const HINT = /\s*[([][^)\]]*[)\]]\s*/g;

/**
 * Folded name of a header, its French variant for multilingual exports; `null` for another
 * language. Hints in brackets, marks (`Titre *`, `Quoi ?`) and the case of programmers' keys
 * (`locationName`, `start_date`) are not part of the name.
 */
export function headerName(header: string): string | null {
  const lang = LANGUAGE_SUFFIX.exec(header.trim());
  if (lang) return (lang[2] ?? '').toLowerCase() === 'fr' ? headerName(lang[1] ?? '') : null;
  const bare = header.replace(HINT, ' ').trim();
  const name = foldText((bare === '' ? header : bare).replace(/([a-z])([A-Z])/g, '$1 $2'));
  // `Début (date et heure)`: the hint says the cell holds a date.
  const hint = foldText(header.match(HINT)?.join(' ') ?? '');
  if (/\bdate\b/.test(hint) && DATE_TIME_NAMES.start.has(name)) return 'date et heure de debut';
  if (/\bdate\b/.test(hint) && DATE_TIME_NAMES.end.has(name)) return 'date et heure de fin';
  return name;
}

function addColumn(plan: ColumnPlan, key: ColumnKey, index: number): void {
  (plan[key] ??= []).push(index);
}

function mappedPlan(headers: readonly string[], mapping: Partial<Record<CsvField, string>>) {
  const plan: ColumnPlan = {};
  const used = new Set<number>();
  const missingMapped: Array<{ field: CsvField; header: string }> = [];
  for (const [field, header] of Object.entries(mapping) as Array<[CsvField, string]>) {
    const index = headers.findIndex((h) => foldText(h) === foldText(header));
    if (index < 0) missingMapped.push({ field, header });
    else {
      addColumn(plan, field, index);
      used.add(index);
    }
  }
  return { plan, used, missingMapped };
}

/**
 * Outlook's French export names its date columns `Début` and `Fin` and its time columns
 * `Heure de début` and `Heure de fin`: without a date column, the best-named of two start (or
 * end) columns holds the date. A lone `Début` (or `Fin`, `Start`, `End`) column without a date
 * column holds the date and the time in one cell.
 */
function splitDateFromTime(
  plan: ColumnPlan,
  names: readonly (string | null)[],
  timeKey: 'start' | 'end',
  dateKey: 'date' | 'endDate',
): void {
  const [first, ...others] = plan[timeKey] ?? [];
  if (plan[dateKey] !== undefined || first === undefined) return;
  if (others.length === 0 && !DATE_TIME_NAMES[timeKey].has(names[first] ?? '')) return;
  plan[dateKey] = [first];
  if (others.length > 0) plan[timeKey] = others;
  else if (timeKey === 'start') delete plan.start;
  else delete plan.end;
}

/** Indexes of the leading columns of a form export's submission details, or none. */
function formExportColumns(names: readonly (string | null)[]): Set<number> {
  if (!names.includes('sid') || !(names.includes('ip address') || names.includes('adresse ip'))) return new Set();
  const leading = new Set<number>();
  for (const [index, name] of names.entries()) {
    if (name === null || !FORM_EXPORT_COLUMNS.has(name)) break;
    leading.add(index);
  }
  return leading;
}

/**
 * The columns of a header row: the source's mapping first (`Source.columns`, field → header), then
 * every other header by its name, case- and accent-insensitively. A table without a title or a date
 * column, with an end time but no start time, or with one name twice, cannot be read.
 */
export function resolveColumns(
  headers: readonly string[],
  mapping: Partial<Record<CsvField, string>> = {},
): ColumnResolution {
  const { plan, used, missingMapped } = mappedPlan(headers, mapping);
  const ranked: Array<{ key: ColumnKey; rank: number; index: number; name: string }> = [];
  const unknown: string[] = [];
  const names = headers.map(headerName);
  const submissionDetails = formExportColumns(names);
  headers.forEach((header, index) => {
    if (used.has(index) || header.trim() === '' || submissionDetails.has(index)) return;
    const name = names[index] ?? null;
    const found = name === null ? undefined : KEY_BY_NAME.get(name);
    if (found === undefined || (plan[found.key] !== undefined && mapping[found.key as CsvField] !== undefined)) {
      unknown.push(header.trim());
    } else ranked.push({ ...found, index, name: name ?? '' });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  for (const [i, column] of ranked.entries()) {
    const twin = ranked.find((other, j) => j < i && other.name === column.name);
    if (twin && !JOINED_KEYS.has(column.key))
      return { ok: false, reason: 'duplicate', header: headers[column.index]?.trim() ?? '', headers: [...headers] };
    addColumn(plan, column.key, column.index);
  }
  const hadDate = plan.date !== undefined;
  splitDateFromTime(plan, names, 'start', 'date');
  // An end column holds a date too only when the start one did (`Début` and `Fin` of Outlook).
  if (!hadDate) splitDateFromTime(plan, names, 'end', 'endDate');
  if (plan.title === undefined) return { ok: false, reason: 'missing-title', headers: [...headers] };
  if (plan.date === undefined && plan.timings === undefined)
    return { ok: false, reason: 'missing-date', headers: [...headers] };
  if (plan.end !== undefined && plan.start === undefined)
    return { ok: false, reason: 'end-without-start', headers: [...headers] };
  return { ok: true, plan, unknown, missingMapped };
}
