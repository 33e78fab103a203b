import type { APIContext } from 'astro';
import { getExportData } from '../../data/export-context.ts';
import { getMednumRows } from '../../data/mednum-rows.ts';
import { toMednumCsv } from '../../lib/export/to-open-data.ts';

/** The directory in the national schema of digital-mediation places (LaMednum v1.0), CSV. */
export async function GET(context: APIContext) {
  const { data, ctx } = await getExportData(context.site);
  return new Response(toMednumCsv(getMednumRows(data, ctx).rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
