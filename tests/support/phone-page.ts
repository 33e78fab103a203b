import type { Page } from 'playwright-core';
import { openContext } from './browser.ts';
import type { ServedSite } from './use-served-site.ts';

/** A resident's phone: 360 px wide. */
export const PHONE = { width: 360, height: 780 };

export interface PhonePageOptions {
  /** `false`: the browser runs no script (default `true`). */
  javaScript?: boolean;
  /** The browser's clock, fixed at this instant before the page loads (the build's is not moved). */
  at?: string;
}

/**
 * Opens `path` of the served site in a fresh 360 px context, JavaScript on or off, the browser's
 * clock set to `at` (Playwright `page.clock`). Close it with `page.context().close()`.
 */
export async function openOnPhone(site: ServedSite, path: string, options: PhonePageOptions = {}): Promise<Page> {
  const { javaScript = true, at } = options;
  const { context } = await openContext(site.browser, site.url, { javaScriptEnabled: javaScript, viewport: PHONE });
  const page = await context.newPage();
  if (at !== undefined) await page.clock.setFixedTime(new Date(at));
  await page.goto(site.url + path);
  return page;
}

/** The visible text of the page's main content, as `innerText` gives it (hidden parts left out). */
export async function mainText(page: Page): Promise<string> {
  return page.locator('main').innerText();
}
