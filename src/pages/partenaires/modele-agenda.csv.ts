import { buildNow } from '../../config.ts';
import { csvTemplateBytes } from '../../lib/partners/csv-template.ts';

/** The spreadsheet template of `/partenaires/publier/`: UTF-8 with a byte-order mark, semicolons, example rows. */
export function GET() {
  return new Response(csvTemplateBytes(buildNow), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
