import { getBuildContext } from '../../build/build-context.ts';
import { toEventsOpenData, toJsonText } from '../../lib/export/to-open-data.ts';
import { jsonResponse } from '../../build/responses.ts';

/** Open data: every upcoming occurrence (Licence Ouverte 2.0). */
export async function GET() {
  const build = await getBuildContext();
  const events = toEventsOpenData(build.upcoming, build.exports);
  return jsonResponse(toJsonText(events));
}
