import type { APIContext, GetStaticPaths } from 'astro';
import { getExportData } from '../../data/export-context.ts';
import { getSiteData } from '../../data/site-data.ts';
import { buildSeries, type Series } from '../../lib/agenda/series.ts';
import { calendarOccurrences } from '../../lib/export/select-occurrences.ts';
import { toICalendar } from '../../lib/export/to-icalendar.ts';
import { outputsUi } from '../../lib/site/ui.ts';

/** One calendar per event series, next to its page: `/evenements/<slug>.ics`. */
export const getStaticPaths = (async () => {
  const { occurrences } = await getSiteData();
  return buildSeries(occurrences).map((series) => ({ params: { slug: series.slug }, props: { series } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ series: Series }>) {
  const { series } = context.props;
  const { data, ctx } = await getExportData(context.site);
  const meta = { name: series.title, description: outputsUi.ics.eventDescription };
  return new Response(toICalendar(calendarOccurrences(series.occurrences, data.now), meta, ctx), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
