import type { APIContext } from 'astro';
import { getExportData } from '../data/export-context.ts';
import { calendarOccurrences } from '../lib/export/select-occurrences.ts';
import { toICalendar } from '../lib/export/to-icalendar.ts';
import { outputsUi } from '../lib/site/ui.ts';

/** Every upcoming occurrence of the territory, to subscribe to. */
export async function GET(context: APIContext) {
  const { data, ctx } = await getExportData(context.site);
  const meta = { name: outputsUi.ics.allName, description: outputsUi.ics.allDescription };
  return new Response(toICalendar(calendarOccurrences(data.occurrences, data.now), meta, ctx), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
