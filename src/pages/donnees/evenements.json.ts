import { getBuildContext } from '../../build/build-context.ts';
import { toEventsOpenData, toJsonText } from '../../lib/export/to-open-data.ts';

/** Open data: every upcoming occurrence (Licence Ouverte 2.0). */
export async function GET() {
  const build = await getBuildContext();
  const events = toEventsOpenData(build.upcoming, build.exports);
  return new Response(toJsonText(events), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
