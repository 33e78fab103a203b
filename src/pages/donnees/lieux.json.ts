import { getBuildContext } from '../../build/build-context.ts';
import { toJsonText, toPlacesOpenData } from '../../lib/export/to-open-data.ts';
import { jsonResponse } from '../../build/responses.ts';

/** Open data: the directory of places (Licence Ouverte 2.0). */
export async function GET() {
  const build = await getBuildContext();
  return jsonResponse(toJsonText(toPlacesOpenData(build.places, build.exports)));
}
