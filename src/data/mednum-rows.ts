import type { SiteData } from './site-data.ts';
import type { ExportContext } from '../lib/export/export-context.ts';
import { toMednumRows } from '../lib/export/to-open-data.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';

/**
 * The national rows of the directory, dated by the build (`date_maj`: the day the data was last
 * published). Places the national schema refuses are left out and named in the build log.
 */
export function getMednumRows(data: SiteData, ctx: ExportContext) {
  const updatedOn = toZonedDate(data.now.getTime());
  const { rows, problems } = toMednumRows(data.places, ctx, updatedOn);
  for (const p of problems) console.warn(`[données nationales] ${p.message}`);
  return { rows, updatedOn };
}
