import type { APIContext } from 'astro';
import { getExportData } from '../../data/export-context.ts';
import { upcomingOccurrences } from '../../lib/agenda/upcoming.ts';
import { toEventsOpenData, toJsonText } from '../../lib/export/to-open-data.ts';

/** Open data: every upcoming occurrence (Licence Ouverte 2.0). */
export async function GET(context: APIContext) {
  const { data, ctx } = await getExportData(context.site);
  const events = toEventsOpenData(upcomingOccurrences(data.occurrences, data.now), ctx);
  return new Response(toJsonText(events), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
