import { getBuildContext } from '../build/build-context.ts';
import { agendaCalendar } from '../lib/export/subscription-calendars.ts';
import { calendarResponse } from '../build/responses.ts';

/** Every occurrence of the territory from 30 days ago to six months ahead, to subscribe to. */
export async function GET() {
  const build = await getBuildContext();
  return calendarResponse(agendaCalendar(build.occurrences, build.now, build.exports));
}
