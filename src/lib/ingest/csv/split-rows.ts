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

/**
 * The delimiter of a CSV text: among `;`, `,` and tab, the one that splits the first lines into the
 * same number of cells as the header most often, then into the most cells. Comma when none splits.
 */
export function detectDelimiter(text: string): string {
  let best = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const { data } = Papa.parse<string[]>(text, { delimiter, newline: '\n', preview: 20, skipEmptyLines: 'greedy' });
    const width = data[0]?.length ?? 0;
    if (width < 2) continue;
    const consistent = data.filter((row) => row.length === width).length / data.length;
    const score = consistent * 1000 + width;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/**
 * Splits a CSV text (line breaks already `\n`) into records with papaparse, delimiter detected; quoted cells may span lines; every cell stays a string.
 */
export function splitCsvRecords(text: string, maxRecords: number): SplitResult {
  const records: CsvRecord[] = [];
  const delimiter = detectDelimiter(text);
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
      if (records.length === maxRecords) {
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
  return { records, delimiter, truncated };
}
