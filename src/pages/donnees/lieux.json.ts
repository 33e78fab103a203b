import type { APIContext } from 'astro';
import { getExportData } from '../../data/export-context.ts';
import { toJsonText, toPlacesOpenData } from '../../lib/export/to-open-data.ts';

/** Open data: the directory of places (Licence Ouverte 2.0). */
export async function GET(context: APIContext) {
  const { data, ctx } = await getExportData(context.site);
  return new Response(toJsonText(toPlacesOpenData(data.places, ctx)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
