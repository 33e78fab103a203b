import type { APIContext, GetStaticPaths } from 'astro';
import { getExportData } from '../../data/export-context.ts';
import { getSiteData } from '../../data/site-data.ts';
import { calendarOccurrences } from '../../lib/export/select-occurrences.ts';
import { toICalendar } from '../../lib/export/to-icalendar.ts';
import { outputsUi } from '../../lib/site/ui.ts';

/** One calendar per commune (all 16, so a subscription link never breaks): `/agenda/<commune-slug>.ics`. */
export const getStaticPaths = (async () => {
  const { communes } = await getSiteData();
  return communes.map((c) => ({ params: { commune: c.slug }, props: { insee: c.insee, name: c.name } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ insee: string; name: string }>) {
  const { insee, name } = context.props;
  const { data, ctx } = await getExportData(context.site);
  const here = data.occurrences.filter((o) => o.commune === insee);
  const meta = { name: outputsUi.ics.communeName(name), description: outputsUi.ics.communeDescription(name) };
  return new Response(toICalendar(calendarOccurrences(here, data.now), meta, ctx), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
