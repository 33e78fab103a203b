import type { APIContext, GetStaticPaths } from 'astro';
import { getBuildContext } from '../../../build/build-context.ts';
import { themeCalendar } from '../../../lib/export/subscription-calendars.ts';
import { calendarResponse } from '../../../build/responses.ts';

/** One calendar per theme of the taxonomy: `/agenda/themes/<theme-id>.ics`. */
export const getStaticPaths = (async () => {
  const { taxonomy } = await getBuildContext();
  return taxonomy.themes.map((t) => ({ params: { theme: t.id }, props: { label: t.label } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ label: string }, { theme: string }>) {
  const build = await getBuildContext();
  const theme = { id: context.params.theme, label: context.props.label };
  return calendarResponse(themeCalendar(build.occurrences, theme, build.now, build.exports));
}
