import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openContext } from '../support/browser.ts';
import { seriesSlugIndex } from '../../src/lib/agenda/series.ts';
import { fixtureSite, siteOccurrences } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

// A partner feed written by an attacker (tests/fixtures/shared-site/feeds/piege.ics and piege.csv,
// sources piege-* of its sources.yaml): script tags, event handlers, javascript: URLs and HTML in
// every text field. It went through the real offline ingest and the real build of the fixture site.
const siteDir = fixtureSite.dist;
const site = useServedSite(fixtureSite);
/** The pages of the feed's events (the fixture site holds the other fixtures' events too). */
let hostilePages = new Set<string>();
beforeAll(() => {
  const hostile = siteOccurrences(fixtureSite).filter((o) => o.sourceId.startsWith('piege-'));
  hostilePages = new Set([...seriesSlugIndex(hostile).values()].map((slug) => `/evenements/${slug}/`));
});

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

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
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    // The pages hide what has ended by the browser's clock: it runs from the build's "now".
    await page.clock.setSystemTime(new Date(fixtureSite.now));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site.url}/agenda/`);
    const eventLinks = (
      await page.locator('.agenda-line h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    ).filter((href) => hostilePages.has(href ?? ''));
    expect(eventLinks.length).toBeGreaterThanOrEqual(3);
    for (const href of [...eventLinks, '/agenda/2026-12/', '/agenda/communes/janze/']) {
      await page.goto(site.url + String(href));
      await page.mouse.move(10, 10);
      for (const link of await page.locator('main a').all()) await link.hover({ trial: true }).catch(() => undefined);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol));
      expect(hrefs.filter((p) => !['http:', 'https:', 'mailto:', 'tel:', 'webcal:'].includes(p))).toEqual([]);
    }
    await page.goto(`${site.url}/recherche/`);
    await page.getByRole('searchbox').fill('piégé');
    await page.locator('[data-search-results] > li').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
