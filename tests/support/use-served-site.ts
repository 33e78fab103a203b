import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser } from './browser.ts';
import type { TestSite } from './shared-site.ts';

/** A test site served on 127.0.0.1 and the shared Chromium, for the tests of one file. */
export interface ServedSite {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly browser: Browser;
}

/** Where global-setup.ts serves the test site `site` (`http://127.0.0.1:<port>`). */
export function siteUrl(site: TestSite): string {
  return inject('testSiteUrls')[site.name];
}

/**
 * The test site `site`, as served by global-setup.ts, and a connection to the Chromium it
 * started, opened before the file's tests and closed after them. Read `browser` inside tests only.
 */
export function useServedSite(site: TestSite): ServedSite {
  const url = siteUrl(site);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectBrowser(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    url,
    get browser() {
      if (browser === undefined)
        throw new Error('useServedSite : Chromium n’est pas encore connecté (à lire dans un test)');
      return browser;
    },
  };
}
