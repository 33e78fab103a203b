import type { APIContext, GetStaticPaths } from 'astro';
import { getBuildContext } from '../../build/build-context.ts';
import { communeCalendar } from '../../lib/export/subscription-calendars.ts';
import { calendarResponse } from '../../build/responses.ts';

/** One calendar per commune (all 16, so a subscription link never breaks): `/agenda/<commune-slug>.ics`. */
export const getStaticPaths = (async () => {
  const { communes } = await getBuildContext();
  return communes.map((c) => ({ params: { commune: c.slug }, props: { insee: c.insee, name: c.name } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ insee: string; name: string }>) {
  const build = await getBuildContext();
  return calendarResponse(communeCalendar(build.occurrences, context.props, build.now, build.exports));
}
