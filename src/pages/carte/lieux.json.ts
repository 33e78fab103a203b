import { mapData } from '../../build/map-page.ts';
import { jsonResponse } from '../../build/responses.ts';

/** The map's data: every place, its markers, popup and filter facets (read by src/client/place-map.ts). */
export async function GET() {
  return jsonResponse(JSON.stringify(await mapData()));
}
