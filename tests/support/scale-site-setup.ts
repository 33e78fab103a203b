import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { generateTerritory, SCALES } from '../../scripts/bench/scale/generate-territory.ts';
import { buildSite } from './build-site.ts';
import { root, scaleContentDir, scaleSiteDir, TEST_NOW } from './paths.ts';

/**
 * Set-up of the `site` project: builds, once per run, the generated territory of scale (b) of
 * `npm run bench -- --scale b` (100 sources, 200 places, about 10 000 occurrences a year; feeds
 * as files under content/feeds/, read by the offline ingest), for the budget test
 * tests/site/scale-budgets.test.ts. It costs one more build of about 2 500 pages: about 30 s of
 * CPU on the 2-core development machine (`npm run bench -- --scale b` prints the figure).
 */
export default async function setup(): Promise<void> {
  await buildSite({
    contentDir: scaleContentDir,
    outDir: scaleSiteDir,
    now: TEST_NOW,
    prepare: async (contentDir) => {
      // The demo's places, sources and events give way to the generated territory.
      for (const name of await readdir(contentDir)) {
        if (name !== 'communes.json' && name !== 'taxonomy.yaml')
          await rm(path.join(contentDir, name), { recursive: true });
      }
      await generateTerritory(SCALES.b, {
        from: path.join(root, 'content'),
        contentDir,
        feedsDir: path.join(contentDir, 'feeds'),
        now: new Date(TEST_NOW),
      });
    },
  });
}
