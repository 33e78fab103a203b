import type { APIContext, GetStaticPaths } from 'astro';
import { getBuildContext } from '../../build/build-context.ts';
import type { Series } from '../../lib/agenda/series.ts';
import { eventCalendar } from '../../lib/export/subscription-calendars.ts';
import { calendarResponse } from '../../build/responses.ts';

/** One calendar per event series, next to its page: `/evenements/<slug>.ics`. */
export const getStaticPaths = (async () => {
  const { series } = await getBuildContext();
  return series.map((series) => ({ params: { slug: series.slug }, props: { series } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ series: Series }>) {
  const build = await getBuildContext();
  return calendarResponse(eventCalendar(context.props.series, build.now, build.exports));
}
