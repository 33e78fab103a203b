import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';
import { buildTestSite, testSites, type SiteName } from './shared-site.ts';
import { serveStatic } from './static-server.ts';

/**
 * Set-up of the `site` project, once per run: builds the two test sites (shared-site.ts), serves
 * each on 127.0.0.1 and starts one Chromium for every test file (use-served-site.ts).
 *
 * The builds run in the background, while the `unit` project's tests run (vitest.config.ts runs
 * them first): a `site` test file waits for the site it reads (`useTestSite`), asking the
 * readiness server below. `REPERES_TESTS_REUSE_SITES=1` keeps the sites of a previous run
 * (faster when working on the tests themselves; never after changing src/, content/ or fixtures).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env['REPERES_TESTS_REUSE_SITES'] === '1';
  // At the same time: each builds from its own copy of the project (build-site.ts).
  const builds = new Map<SiteName, Promise<void>>(
    testSites.map((site) => [
      site.name,
      reuse && existsSync(path.join(site.dist, 'index.html')) ? Promise.resolve() : buildTestSite(site),
    ]),
  );
  const states = new Map<SiteName, { done: boolean; error?: string }>();
  for (const [name, built] of builds) {
    states.set(name, { done: false });
    built.then(
      () => states.set(name, { done: true }),
      (error: unknown) =>
        states.set(name, { done: true, error: error instanceof Error ? error.message : String(error) }),
    );
  }
  // GET /<site name>: 202 while it builds, 200 once built, 500 and the build's output if it failed.
  const readiness = createServer((request, response) => {
    const state = states.get((request.url ?? '/').slice(1) as SiteName);
    if (state === undefined) response.writeHead(404).end();
    else if (!state.done) response.writeHead(202).end();
    else if (state.error === undefined) response.writeHead(200).end();
    else response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(state.error);
  });
  await new Promise<void>((resolve) => readiness.listen(0, '127.0.0.1', resolve));
  const servers = await Promise.all(testSites.map((site) => serveStatic(site.dist)));
  const browser = await launchBrowserServer().catch(async (error: unknown) => {
    // No Chromium: nothing to test with; let the builds end before saying so.
    await Promise.allSettled(builds.values());
    await Promise.all(servers.map((server) => server.close()));
    readiness.close();
    throw error;
  });
  const urls = Object.fromEntries(testSites.map((site, i) => [site.name, servers[i]?.url ?? '']));
  project.provide('testSiteUrls', urls as Record<SiteName, string>);
  project.provide('testSitesReadiness', `http://127.0.0.1:${String((readiness.address() as AddressInfo).port)}`);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await Promise.allSettled(builds.values());
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
    await new Promise((resolve) => readiness.close(resolve));
  };
}
