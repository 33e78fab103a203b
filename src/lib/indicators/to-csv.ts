/**
 * CSV for the committee's spreadsheets, as French Excel opens them without a wizard: UTF-8 with a
 * byte order mark, `;` between cells, CRLF line ends, decimal comma, quotes only where needed.
 */

/** A cell: text, a number (decimal comma), a yes/no, or nothing. */
export type CsvValue = string | number | boolean | null;

/** A number as French spreadsheets read it: `12,5`, no thousands separator. */
export function csvNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000).replace('.', ',');
}

function csvCell(value: CsvValue): string {
  if (value === null) return '';
  const text =
    typeof value === 'number' ? csvNumber(value) : typeof value === 'boolean' ? (value ? 'oui' : 'non') : value;
  // Formula-looking text is quoted and prefixed so no spreadsheet runs it.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text of a header and rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
