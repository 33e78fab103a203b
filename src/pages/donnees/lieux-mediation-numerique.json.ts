import { getBuildContext } from '../../build/build-context.ts';
import { toJsonText, toMednumJson } from '../../lib/export/to-open-data.ts';
import { jsonResponse } from '../../build/responses.ts';

/** The directory in the national schema of digital-mediation places (LaMednum v1.0), JSON. */
export async function GET() {
  const build = await getBuildContext();
  const json = toMednumJson(build.places, build.exports, build.mednum.updatedOn);
  return jsonResponse(toJsonText(json));
}
