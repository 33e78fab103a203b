import type { APIContext, GetStaticPaths } from 'astro';
import { getBuildContext } from '../../build/build-context.ts';
import type { Series } from '../../lib/agenda/series.ts';
import { calendarOccurrences } from '../../lib/export/select-occurrences.ts';
import { toICalendar } from '../../lib/export/to-icalendar.ts';
import { icsText } from '../../lib/site/strings/feeds.ts';

/** One calendar per event series, next to its page: `/evenements/<slug>.ics`. */
export const getStaticPaths = (async () => {
  const { series } = await getBuildContext();
  return series.map((series) => ({ params: { slug: series.slug }, props: { series } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ series: Series }>) {
  const { series } = context.props;
  const build = await getBuildContext();
  const meta = { name: series.title, description: icsText.eventDescription };
  return new Response(toICalendar(calendarOccurrences(series.occurrences, build.now), meta, build.exports), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
