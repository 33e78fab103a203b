import { mapData } from '../../build/map-page.ts';

/** The map's data: every place, its markers, popup and filter facets (read by src/client/place-map.ts). */
export async function GET() {
  return new Response(JSON.stringify(await mapData()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
