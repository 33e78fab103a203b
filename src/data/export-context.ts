import { buildExportContext, type ExportContext } from '../lib/export/export-context.ts';
import { getSiteData, type SiteData } from './site-data.ts';

/** The site data and the export context of the feeds, open data and programme pages. */
export async function getExportData(site: URL | undefined): Promise<{ data: SiteData; ctx: ExportContext }> {
  if (site === undefined)
    throw new Error('astro.config.mjs doit définir « site » (adresse publique du site) pour les flux');
  const data = await getSiteData();
  return { data, ctx: buildExportContext(data, site) };
}
