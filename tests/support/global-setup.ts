import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';
import { buildTestSite, testSites, type SiteName } from './shared-site.ts';
import { serveStatic } from './static-server.ts';

/**
 * Set-up of the `site` project, once per run: builds the two test sites (shared-site.ts), then
 * serves each on 127.0.0.1 and starts one Chromium for every test file (use-served-site.ts).
 * `REPERES_TESTS_REUSE_SITES=1` keeps sites already built by a previous run (faster when working
 * on the tests; never after changing src/, content/ or the fixtures).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Chromium starts while the sites build.
  const browser = launchBrowserServer();
  const reuse = process.env['REPERES_TESTS_REUSE_SITES'] === '1';
  try {
    // One after the other: two Astro builds of one checkout would share its caches.
    for (const site of testSites) {
      if (!reuse || !existsSync(path.join(site.dist, 'index.html'))) await buildTestSite(site);
    }
  } catch (error) {
    await (await browser).close();
    throw error;
  }
  const servers = await Promise.all(testSites.map((site) => serveStatic(site.dist)));
  const urls = Object.fromEntries(testSites.map((site, i) => [site.name, servers[i]?.url ?? ''])) as Record<
    SiteName,
    string
  >;
  project.provide('testSiteUrls', urls);
  project.provide('browserEndpoint', (await browser).wsEndpoint());
  return async () => {
    await (await browser).close();
    await Promise.all(servers.map((server) => server.close()));
  };
}
