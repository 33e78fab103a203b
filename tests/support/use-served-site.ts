import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { builtSiteDir } from './paths.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** A built site served on 127.0.0.1 and a Chromium, for the tests of one file. */
export interface ServedSite {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Serves `dir` (default: the site built by global-setup.ts) and launches Chromium before the
 * file's tests, closing both after them. Read `url` and `browser` inside tests only.
 */
export function useServedSite(dir: string = builtSiteDir): ServedSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(dir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useServedSite : le site n’est pas encore servi (à lire dans un test)');
    return value;
  };
  return {
    get url() {
      return ready(server).url;
    },
    get browser() {
      return ready(browser);
    },
  };
}
