/**
 * Screenshots of the main pages at 360 px and 1280 px wide, for the README:
 * `node scripts/screenshots.ts <dist> [out=docs/screenshots] [pages…]` (a page: a default's name, or `name=/path/`). Serves the built site on
 * 127.0.0.1 and blocks every other request (map tiles included), as the tests do. The pages' clock
 * is `REPERES_NOW` when set (the build's "now"), so "Ouvert maintenant" matches the build.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, openContext } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const DEFAULT_PAGES: Record<string, string> = {
  accueil: '/',
  lieu: '/lieux/france-services-retiers/',
  carte: '/carte/',
  'commune-besoin': '/communes/thourie/demarches/',
  annuaire: '/annuaire/',
};
const WIDTHS = [360, 1280];

async function main(): Promise<void> {
  const [dist, out = 'docs/screenshots', ...only] = process.argv.slice(2);
  if (dist === undefined)
    throw new Error('usage : node scripts/screenshots.ts <dossier dist> [dossier de sortie] [pages…]');
  // `name=/path/` adds a page; a bare name picks one of the defaults.
  const extra = only.filter((o) => o.includes('=')).map((o) => o.split('=', 2) as [string, string]);
  const picked = only.filter((o) => !o.includes('='));
  const defaults = Object.entries(DEFAULT_PAGES).filter(([name]) => only.length === 0 || picked.includes(name));
  const pages = [...defaults, ...extra];
  await mkdir(out, { recursive: true });
  const server = await serveStatic(path.resolve(dist));
  const browser = await launchBrowser();
  try {
    for (const width of WIDTHS) {
      const { context } = await openContext(browser, server.url, { viewport: { width, height: 900 } });
      const page = await context.newPage();
      const now = process.env['REPERES_NOW'];
      if (now !== undefined && now !== '') await page.clock.setFixedTime(new Date(now));
      for (const [name, url] of pages) {
        await page.goto(server.url + url, { waitUntil: 'networkidle' });
        await page.screenshot({ path: path.join(out, `${name}-${String(width)}.png`), fullPage: true });
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
