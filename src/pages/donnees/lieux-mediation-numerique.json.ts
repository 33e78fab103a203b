import type { APIContext } from 'astro';
import { getExportData } from '../../data/export-context.ts';
import { toZonedDate } from '../../lib/time/zoned-time.ts';
import { toJsonText, toMednumJson } from '../../lib/export/to-open-data.ts';

/** The directory in the national schema of digital-mediation places (LaMednum v1.0), JSON. */
export async function GET(context: APIContext) {
  const { data, ctx } = await getExportData(context.site);
  const json = toMednumJson(data.places, ctx, toZonedDate(data.now.getTime()));
  return new Response(toJsonText(json), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
