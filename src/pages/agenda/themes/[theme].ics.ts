import type { APIContext, GetStaticPaths } from 'astro';
import { getBuildContext } from '../../../build/build-context.ts';
import { calendarOccurrences } from '../../../lib/export/select-occurrences.ts';
import { toICalendar } from '../../../lib/export/to-icalendar.ts';
import { icsText } from '../../../lib/site/strings/feeds.ts';

/** One calendar per theme of the taxonomy: `/agenda/themes/<theme-id>.ics`. */
export const getStaticPaths = (async () => {
  const { taxonomy } = await getBuildContext();
  return taxonomy.themes.map((t) => ({ params: { theme: t.id }, props: { label: t.label } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ label: string }, { theme: string }>) {
  const { label } = context.props;
  const build = await getBuildContext();
  const about = build.occurrences.filter((o) => o.themes.includes(context.params.theme));
  const meta = { name: icsText.themeName(label), description: icsText.themeDescription(label) };
  return new Response(toICalendar(calendarOccurrences(about, build.now), meta, build.exports), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
