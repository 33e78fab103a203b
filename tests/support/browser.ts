import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/**
 * Finds a Chromium: `CHROMIUM_PATH`, then Debian's `/usr/bin/chromium`, then Playwright's own
 * install. Never skips: without a browser the browser tests fail and say how to get one.
 */
export function findChromium(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here: the other candidates decide.
  }
  const found = candidates.find((c): c is string => typeof c === 'string' && c !== '' && existsSync(c));
  if (found === undefined) {
    throw new Error(
      'Aucun Chromium trouvé pour les tests dans le navigateur. Installez-en un (Debian/Ubuntu : ' +
        '`sudo apt-get install chromium`) ou indiquez son chemin dans la variable CHROMIUM_PATH.',
    );
  }
  return found;
}

/** Headless Chromium with the flags this closed network needs. */
const launchOptions = () => ({
  executablePath: findChromium(),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

/** Launches headless Chromium for this process alone. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

/** Launches one headless Chromium that test files share: each `connectBrowser`s to its `wsEndpoint()`. */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/** Connects to the Chromium of `launchBrowserServer`; `close()` disconnects and leaves it running. */
export async function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/**
 * A browser context that only reaches `allowedOrigin`: every other request (map tiles, anything
 * third-party) is aborted and recorded, so tests can assert on it.
 */
export async function openContext(
  browser: Browser,
  allowedOrigin: string,
  options: {
    javaScriptEnabled?: boolean;
    viewport?: { width: number; height: number };
    hasTouch?: boolean;
    isMobile?: boolean;
  } = {},
): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', ...options });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return { context, blocked };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const axePath = require.resolve('axe-core/axe.min.js');
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
}

/**
 * Opens `url` of the site at `origin` in a fresh context, runs axe-core on it and closes it: the
 * violations, and the requests that tried to leave the site.
 */
export async function auditPage(
  browser: Browser,
  origin: string,
  url: string,
): Promise<{ violations: AxeViolation[]; blocked: string[] }> {
  const { context, blocked } = await openContext(browser, origin);
  const page = await context.newPage();
  await page.goto(origin + url);
  const violations = await runAxe(page);
  await context.close();
  return { violations, blocked };
}

/** Formats violations for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? '?'}) : ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
}
