import { getBuildContext } from '../../build/build-context.ts';
import { toJsonText, toPlacesOpenData } from '../../lib/export/to-open-data.ts';

/** Open data: the directory of places (Licence Ouverte 2.0). */
export async function GET() {
  const build = await getBuildContext();
  return new Response(toJsonText(toPlacesOpenData(build.places, build.exports)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
