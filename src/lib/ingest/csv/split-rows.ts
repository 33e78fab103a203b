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

/**
 * Splits a CSV text (line breaks already `\n`) into records with papaparse: delimiter guessed among
 * `;`, `,` and tab; quoted cells may span lines; every cell stays a string.
 */
export function splitCsvRecords(text: string, maxRecords: number): SplitResult {
  const records: CsvRecord[] = [];
  let delimiter = ',';
  let counted = 0; // characters of `text` whose line breaks are counted in `line`
  let line = 1;
  let recordStart = 0;
  let truncated = false;
  Papa.parse<string[]>(text, {
    delimiter: '',
    delimitersToGuess: [';', ',', '\t'],
    newline: '\n',
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      if (records.length === maxRecords) {
        truncated = result.data.some((cell) => cell.trim() !== '');
        if (truncated) parser.abort();
        return;
      }
      delimiter = result.meta.delimiter;
      for (; counted < recordStart; counted++) if (text.charCodeAt(counted) === 10) line++;
      const unclosedQuote = result.errors.some((e) => e.code === 'MissingQuotes');
      records.push({ cells: result.data, line, unclosedQuote });
      recordStart = result.meta.cursor;
    },
  });
  return { records, delimiter, truncated };
}
