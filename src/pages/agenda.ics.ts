import { getBuildContext } from '../build/build-context.ts';
import { calendarOccurrences } from '../lib/export/select-occurrences.ts';
import { toICalendar } from '../lib/export/to-icalendar.ts';
import { icsText } from '../lib/site/strings/feeds.ts';

/** Every upcoming occurrence of the territory, to subscribe to. */
export async function GET() {
  const build = await getBuildContext();
  const meta = { name: icsText.allName, description: icsText.allDescription };
  return new Response(toICalendar(calendarOccurrences(build.occurrences, build.now), meta, build.exports), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
