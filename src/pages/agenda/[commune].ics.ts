import type { APIContext, GetStaticPaths } from 'astro';
import { getBuildContext } from '../../build/build-context.ts';
import { calendarOccurrences } from '../../lib/export/select-occurrences.ts';
import { toICalendar } from '../../lib/export/to-icalendar.ts';
import { icsText } from '../../lib/site/strings/feeds.ts';

/** One calendar per commune (all 16, so a subscription link never breaks): `/agenda/<commune-slug>.ics`. */
export const getStaticPaths = (async () => {
  const { communes } = await getBuildContext();
  return communes.map((c) => ({ params: { commune: c.slug }, props: { insee: c.insee, name: c.name } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ insee: string; name: string }>) {
  const { insee, name } = context.props;
  const build = await getBuildContext();
  const here = build.occurrences.filter((o) => o.commune === insee);
  const meta = { name: icsText.communeName(name), description: icsText.communeDescription(name) };
  return new Response(toICalendar(calendarOccurrences(here, build.now), meta, build.exports), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
