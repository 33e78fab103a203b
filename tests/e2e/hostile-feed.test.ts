import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openContext } from '../support/browser.ts';
import { buildSite } from '../support/build-site.ts';
import { outputDir, TEST_NOW } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

// A partner feed written by an attacker: script tags, event handlers, javascript: URLs and HTML
// in every text field. It goes through the real offline ingest and the real build.
const HOSTILE_ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Hostile//FR',
  'BEGIN:VEVENT',
  'UID:hostile-1@example.org',
  'DTSTAMP:20261101T000000Z',
  'DTSTART;TZID=Europe/Paris:20261210T140000',
  'DTEND;TZID=Europe/Paris:20261210T160000',
  'SUMMARY:<script>window.__pwned="title"</script>Atelier <b>piégé</b> <img src=x onerror="window.__pwned=\'img\'">',
  'DESCRIPTION:Bonjour <script>window.__pwned="description"</script><a href="javascript:window.__pwned=\'link\'">clic</a> <iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
  'LOCATION:<svg onload="window.__pwned=\'location\'">Salle</svg>',
  'URL:javascript:window.__pwned="url"',
  'CATEGORIES:<script>alert(1)</script>',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:hostile-2@example.org',
  'DTSTAMP:20261101T000000Z',
  'DTSTART;TZID=Europe/Paris:20261211T100000',
  'DTEND;TZID=Europe/Paris:20261211T120000',
  'SUMMARY:Inscription &lt;script&gt;window.__pwned="entity"&lt;/script&gt;',
  'DESCRIPTION:Écrire à JaVaScRiPt:window.__pwned="text"',
  'URL:  JAVASCRIPT:window.__pwned="upper"',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const HOSTILE_CSV = [
  'Titre;Date;Début;Fin;Lieu;Lien;Inscription;Tarif',
  '"<script>window.__pwned=\'csv\'</script>Permanence";15/12/2026;09:00;12:00;"<b onmouseover=""window.__pwned=1"">Mairie</b>";javascript:window.__pwned=\'csv-url\';"javascript:window.__pwned=\'csv-reg\'";"<i>Gratuit</i>"',
  '',
].join('\r\n');

const SOURCES = `sources:
  - id: piege-ics
    name: <script>window.__pwned="source"</script>Partenaire
    organisation: mediatheque-janze
    format: ics
    path: feeds/piege.ics
  - id: piege-csv
    name: Tableur piégé
    organisation: mediatheque-janze
    format: csv
    path: feeds/piege.csv
    defaults:
      commune: '35136'
`;

const siteDir = path.join(outputDir, 'hostile-site/dist');
let server: StaticServer;
let browser: Browser;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

beforeAll(async () => {
  await buildSite({
    contentDir: path.join(outputDir, 'hostile-site/content'),
    outDir: siteDir,
    now: TEST_NOW,
    prepare: async (dir) => {
      await writeFile(path.join(dir, 'sources.yaml'), SOURCES);
      await writeFile(path.join(dir, 'feeds/piege.ics'), HOSTILE_ICS);
      await writeFile(path.join(dir, 'feeds/piege.csv'), HOSTILE_CSV);
    },
  });
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('a hostile partner feed, ingested and rendered', () => {
  it('publishes its events as plain text', async () => {
    const agenda = await readFile(path.join(siteDir, 'agenda/index.html'), 'utf8');
    expect(agenda).toContain('Atelier piégé');
    expect(agenda).toContain('Permanence');
  });

  it('leaves no javascript: address in any page of the site', async () => {
    const offenders: string[] = [];
    for (const file of await htmlFiles(siteDir)) {
      const html = await readFile(file, 'utf8');
      if (/(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|&#|data:text\/html)/i.test(html))
        offenders.push(path.relative(siteDir, file));
    }
    expect(offenders).toEqual([]);
  });

  it('leaves no script, event handler or iframe of the feed in any page', async () => {
    const offenders: string[] = [];
    for (const file of await htmlFiles(siteDir)) {
      const html = await readFile(file, 'utf8');
      // JSON data blocks (JSON-LD, data islands) are never executed: only executable scripts count.
      const executable = html.replace(/<script type="application\/(?:ld\+)?json"[^>]*>[^<]*<\/script>/g, '');
      if (/<script[^>]*>[^<]*__pwned|<iframe|<svg[^>]*onload|\son(?:error|load|mouseover)\s*=/i.test(executable))
        offenders.push(path.relative(siteDir, file));
    }
    expect(offenders).toEqual([]);
  });

  it('runs nothing in the browser on the agenda, event, month and search pages', async () => {
    const { context } = await openContext(browser, server.url);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}/agenda/`);
    const eventLinks = await page
      .locator('.agenda-line h3 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(eventLinks.length).toBeGreaterThanOrEqual(3);
    for (const href of [...eventLinks, '/agenda/2026-12/', '/agenda/communes/janze/']) {
      await page.goto(server.url + String(href));
      await page.mouse.move(10, 10);
      for (const link of await page.locator('main a').all()) await link.hover({ trial: true }).catch(() => undefined);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol));
      expect(hrefs.filter((p) => !['http:', 'https:', 'mailto:', 'tel:', 'webcal:'].includes(p))).toEqual([]);
    }
    await page.goto(`${server.url}/recherche/`);
    await page.getByRole('searchbox').fill('piégé');
    await page.locator('[data-search-results] > li').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
