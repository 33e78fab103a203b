import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeViolations, openContext, runAxe } from '../support/browser.ts';
import { firstSearchDownload } from '../support/search-download.ts';
import { territorySite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

/*
 * Issue 13, point 6: the search on a 360 px phone. Without JavaScript the form leads to the
 * ready-made lists and says why; with it, one result per place and per family of series (the
 * bus's twelve stops are one result), ranked so « impots » finds the tax workshop on the first
 * screen of results, readable excerpts without « à confirmer », and a small first download.
 */
const site = useServedSite(territorySite);
const PHONE = { width: 360, height: 740 };

async function open(url: string, javaScriptEnabled = true): Promise<Page> {
  const { context } = await openContext(site.browser, site.url, { viewport: PHONE, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.url + url);
  return page;
}

const results = (page: Page) => page.locator('[data-search-results] > li');
const resultTitles = (page: Page) => page.locator('[data-search-results] > li > a').allTextContents();
const searchStatus = (page: Page) => page.locator('[data-search-status]');

async function search(page: Page, words: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Rechercher sur le site' }).fill(words);
  await expect.poll(() => searchStatus(page).textContent(), { timeout: 20_000 }).toMatch(/résultats? pour « /);
}

describe('the search without JavaScript (issue 13, point 6)', () => {
  it('leads from the form to the ready-made lists, saying why, and on to the right pages', async () => {
    const page = await open('/recherche/', false);
    await page.getByRole('searchbox', { name: 'Rechercher sur le site' }).fill('impots');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL('**/recherche/sans-javascript/?q=impots');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Trouver sans la recherche par mots');
    expect(await page.locator('main p').first().textContent()).toMatch(/JavaScript/);
    await page.getByRole('link', { name: 'Faire mes démarches en ligne' }).click();
    await page.waitForURL('**/annuaire/besoin/demarches/');
    expect(await page.getByRole('link', { name: 'Maison France Services de Roche aux Fées' }).count()).toBeGreaterThan(
      0,
    );
    await page.context().close();
  });
});

describe('the search with JavaScript (issue 13, point 6)', () => {
  it('finds the tax workshop among the first results for « impots », with one result for the bus and its stops', async () => {
    const page = await open('/recherche/');
    await search(page, 'impots');
    const titles = await resultTitles(page);
    expect(titles.slice(0, 5)).toContain('Déclarer ses revenus en ligne : atelier accompagné');
    expect(titles.filter((t) => t.startsWith('Bus France Services à'))).toHaveLength(1);
    expect(titles).toContain('Maison France Services de Roche aux Fées');
    // What each result is, and when for an event.
    const workshop = results(page).filter({ hasText: 'Déclarer ses revenus en ligne' });
    expect(await workshop.locator('.result-kind').textContent()).toMatch(/^Rendez-vous · mardi 6 avril 2027, 14 h/);
    await page.context().close();
  });

  it('shows readable excerpts: no « à confirmer », no labels, 16 px text or more', async () => {
    const page = await open('/recherche/');
    for (const words of ['impots', 'tablette', 'janzé', 'arnaques']) {
      await search(page, words);
      const excerpts = await page.locator('.result-excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        expect(excerpt).not.toMatch(/à confirmer|Comment :|Tarifs :|exemple/);
      }
    }
    const sizes = await page
      .locator('[data-search-results] a, .result-kind, .result-excerpt, [data-search-status]')
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });

  it('downloads at most 100 KB (gzip) for the first search: Pagefind alone, no ready-made interface, no worker', async () => {
    const page = await open('/recherche/');
    // Before this search: 152.5 kB (Pagefind's component interface, its worker, three index chunks).
    const { files, totalBytes } = await firstSearchDownload(page, 'impots');
    const paths = files.map((f) => f.path);
    expect(paths.some((p) => p.endsWith('/pagefind.js'))).toBe(true);
    expect(paths.filter((p) => /component-ui|modular-ui|pagefind-ui|worker/.test(p))).toEqual([]);
    expect(totalBytes).toBeLessThanOrEqual(100 * 1024);
    await page.context().close();
  });

  it('works with the keyboard alone, keeps the words in the address, and « Plus de résultats » adds more', async () => {
    const page = await open('/recherche/');
    await page.getByRole('searchbox').focus();
    await page.keyboard.type('janzé');
    await expect.poll(() => searchStatus(page).textContent(), { timeout: 20_000 }).toMatch(/résultats pour « janzé »/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('janzé');
    const before = await results(page).count();
    expect(before).toBe(8);
    await page.getByRole('button', { name: 'Plus de résultats' }).click();
    await expect.poll(() => results(page).count()).toBeGreaterThan(before);
    // The focus goes to the first new result, so the reader carries on from there.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.children.length)).toBe(
      await results(page).count(),
    );
    const shown = await resultTitles(page);
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe(shown[before]);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/recherche/'));
    // Back from the result: the same words, searched again.
    await page.goBack();
    await expect.poll(() => resultTitles(page), { timeout: 20_000 }).toContain(shown[0]);
    expect(await page.getByRole('searchbox').inputValue()).toBe('janzé');
    await page.context().close();
  });

  it('finds a commune and a place by name', async () => {
    const page = await open('/recherche/?q=thourie');
    await expect.poll(() => resultTitles(page), { timeout: 20_000 }).toContain('Thourie');
    expect(await resultTitles(page)).toContain('Médiathèque de Thourie');
    await page.context().close();
  });

  it('has no axe violation on the page without JavaScript either', async () => {
    const page = await open('/recherche/sans-javascript/');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });
});

describe('the event pages of a family of series', () => {
  it('link the same rendez-vous in the other communes', async () => {
    const page = await open('/recherche/?q=bus%20brie');
    const stop = page.locator('[data-search-results] a', { hasText: /^Bus France Services à / });
    await expect.poll(() => stop.count(), { timeout: 20_000 }).toBe(1);
    await stop.click();
    await page.waitForURL('**/evenements/**');
    const others = page.getByRole('region', { name: 'Le même rendez-vous ailleurs' });
    expect(await others.getByRole('link').allTextContents()).toContain('Bus France Services à Brie');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });
});
