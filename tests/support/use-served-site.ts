import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser } from './browser.ts';
import type { TestSite } from './shared-site.ts';

/** Waits until global-setup.ts has built `site` (it builds while the unit tests run); throws its error if the build failed. */
export async function siteBuilt(site: TestSite): Promise<void> {
  const url = `${inject('testSitesReadiness')}/${site.name}`;
  for (;;) {
    const response = await fetch(url);
    if (response.status === 200) return;
    if (response.status !== 202) throw new Error(`Site de test « ${site.name} » : ${await response.text()}`);
    await sleep(250);
  }
}

/**
 * A test file reads `site` (its `dist`, its `contentDir`): waits for its build before the file's
 * first test. Read the site in tests and `beforeAll` hooks registered after this call, never at
 * the top level of the file.
 */
export function useTestSite(site: TestSite): TestSite {
  beforeAll(() => siteBuilt(site));
  return site;
}

/** Where global-setup.ts serves the test site `site` (`http://127.0.0.1:<port>`). */
export function siteUrl(site: TestSite): string {
  return inject('testSiteUrls')[site.name];
}

/** A test site served on 127.0.0.1 and the shared Chromium, for the tests of one file. */
export interface ServedSite {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * The test site `site`, once built, as served by global-setup.ts, and a connection to the
 * Chromium it started, opened before the file's tests and closed after them (`useTestSite` too).
 * Read `browser` inside tests only.
 */
export function useServedSite(site: TestSite): ServedSite {
  useTestSite(site);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    url: siteUrl(site),
    get browser() {
      if (browser === undefined)
        throw new Error('useServedSite : Chromium n’est pas encore connecté (à lire dans un test)');
      return browser;
    },
  };
}
