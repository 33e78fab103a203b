/**
 * The spreadsheet template partners download from `/partenaires/publier/`
 * (`/partenaires/modele-agenda.csv`): one column per field the CSV reader knows, in the words of
 * the guide, with example rows dated from the build's day. Semicolons, CRLF, UTF-8 with a
 * byte-order mark (what Excel opens with its accents right). Its headers are checked against the
 * reader's own column names (csv/columns.ts) every time it is built: a header the reader would not
 * recognise stops the build.
 */
import { resolveColumns } from '../ingest/csv/columns.ts';
import { publishText, type TemplateColumn, type TemplateKey } from '../site/strings/partners-publish.ts';
import { addDays } from '../time/calendar-date.ts';
import { toZonedDate } from '../time/zoned-time.ts';

/** The template's columns, in order, with their key in the reader. */
export const TEMPLATE_COLUMNS: readonly (TemplateColumn & { key: TemplateKey })[] = (
  Object.entries(publishText.columns) as [TemplateKey, TemplateColumn][]
).map(([key, column]) => ({ key, ...column }));

const DELIMITER = ';';
const BOM = '\uFEFF';

/** A cell as a spreadsheet writes it: quoted when it holds the delimiter, a quote or a line break. */
function cell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Throws when a header of the template would not be read into its field by the CSV reader: the
 * template and the reader can never drift apart unnoticed.
 */
export function assertTemplateReadable(): void {
  const headers = TEMPLATE_COLUMNS.map((c) => c.header);
  const resolution = resolveColumns(headers);
  if (!resolution.ok) throw new Error(`modèle de tableur illisible par le lecteur CSV : ${resolution.reason}`);
  const misread = TEMPLATE_COLUMNS.filter((column, index) => !(resolution.plan[column.key] ?? []).includes(index));
  if (misread.length > 0 || resolution.unknown.length > 0) {
    const names = [...misread.map((c) => c.header), ...resolution.unknown].join(', ');
    throw new Error(`colonnes du modèle de tableur non reconnues par le lecteur CSV : ${names}`);
  }
}

/** The template's text (without its byte-order mark), example rows dated from `now`'s day in Paris. */
export function csvTemplateText(now: Date): string {
  assertTemplateReadable();
  const today = toZonedDate(now.getTime());
  const iso = (days: number) => addDays(today, days);
  const d = (days: number) => iso(days).split('-').reverse().join('/');
  const rows = publishText.templateRows(d, iso);
  const lines = [
    TEMPLATE_COLUMNS.map((c) => cell(c.header)),
    ...rows.map((row) => TEMPLATE_COLUMNS.map((c) => cell((row[c.key] ?? '').replace(/\n/g, '\r\n')))),
  ];
  return `${lines.map((line) => line.join(DELIMITER)).join('\r\n')}\r\n`;
}

/** The template file: UTF-8 with a byte-order mark. */
export function csvTemplateBytes(now: Date): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(BOM + csvTemplateText(now));
}
