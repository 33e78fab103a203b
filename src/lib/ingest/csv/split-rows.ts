import Papa from 'papaparse';

/** One record of the table: its cells as strings, the line it starts on, and a parse problem if any. */
export interface CsvRecord {
  cells: string[];
  /** 1-based line of the file where the record starts (line breaks inside quoted cells count). */
  line: number;
  unclosedQuote: boolean;
}

/** The records of a CSV text, the delimiter found, and whether the text had more than `maxRecords`. */
export interface SplitResult {
  records: CsvRecord[];
  delimiter: string;
  truncated: boolean;
}

const DELIMITERS = [';', ',', '\t'] as const;
/** Excel's first line naming the delimiter (`sep=;`), not part of the table. */
const SEP_LINE = /^sep=(.)[ \t]*\n/i;

/** The most frequent number of cells, among rows of two cells or more (0 when there is none). */
function usualWidth(rows: readonly string[][]): { width: number; share: number } {
  const counts = new Map<number, number>();
  for (const row of rows) if (row.length >= 2) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let best = { width: 0, count: 0 };
  for (const [width, count] of counts)
    if (count > best.count || (count === best.count && width > best.width)) best = { width, count };
  return { width: best.width, share: rows.length === 0 ? 0 : best.count / rows.length };
}

/**
 * The delimiter of a CSV text: among `;`, `,` and tab, the one that splits most of the first lines
 * into the same number of cells, then into the most cells. Comma when none splits.
 */
export function detectDelimiter(text: string): string {
  let best = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const { data } = Papa.parse<string[]>(text, { delimiter, newline: '\n', preview: 20, skipEmptyLines: 'greedy' });
    const { width, share } = usualWidth(data);
    const score = width === 0 ? 0 : share * 1000 + width;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/**
 * Splits a CSV text (line breaks already `\n`) into records with papaparse, delimiter detected or
 * named by Excel's `sep=` line (dropped, its line still counted); quoted cells may span lines; every cell stays a string.
 */
export function splitCsvRecords(text: string, maxRecords: number): SplitResult {
  const records: CsvRecord[] = [];
  const sepLine = SEP_LINE.exec(text);
  const delimiter = sepLine?.[1] ?? detectDelimiter(text);
  const limit = maxRecords + (sepLine ? 1 : 0);
  let counted = 0; // characters of `text` whose line breaks are counted in `line`
  let line = 1;
  let recordStart = 0;
  let truncated = false;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      if (records.length === limit) {
        truncated = result.data.some((cell) => cell.trim() !== '');
        if (truncated) parser.abort();
        return;
      }
      for (; counted < recordStart; counted++) if (text.charCodeAt(counted) === 10) line++;
      const unclosedQuote = result.errors.some((e) => e.code === 'MissingQuotes');
      records.push({ cells: result.data, line, unclosedQuote });
      recordStart = result.meta.cursor;
    },
  });
  if (sepLine) records.shift();
  return { records, delimiter, truncated };
}
