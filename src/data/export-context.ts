import { buildExportContext, type ExportContext } from '../lib/export/export-context.ts';
import { getSiteData, type SiteData } from './site-data.ts';

let cached: Promise<{ data: SiteData; ctx: ExportContext }> | undefined;

/**
 * The site data and the export context of the feeds, open data and programme pages, built once
 * per build (the series slugs index every occurrence: rebuilding it per page would be quadratic).
 */
export function getExportData(site: URL | undefined): Promise<{ data: SiteData; ctx: ExportContext }> {
  if (site === undefined)
    throw new Error('astro.config.mjs doit définir « site » (adresse publique du site) pour les flux');
  cached ??= getSiteData().then((data) => ({ data, ctx: buildExportContext(data, site) }));
  return cached;
}
