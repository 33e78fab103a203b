import { buildSite } from './build-site.ts';
import { builtContentDir, builtSiteDir, TEST_NOW } from './paths.ts';

/** Builds the site once for the whole `site` project. */
export default async function setup(): Promise<void> {
  await buildSite({ contentDir: builtContentDir, outDir: builtSiteDir, now: TEST_NOW });
}
