import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { AgendaLinesFile } from '../../src/lib/agenda/index.ts';
import { describeViolations, openContext, runAxe } from '../support/browser.ts';
import { LATER_NOW, territorySite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

/*
 * Issue 13, point 5 (and issue 11's « a day that overflows a page is split »): the agenda's
 * filters work on the whole listing, with and without JavaScript, and survive pagination; a
 * public filter tells the events for that public from those for everybody. On the shipped demo
 * content (the territory site) built at LATER_NOW (Wednesday 9 December 2026, 9 h), on a 360 px phone.
 */
const site = useServedSite(territorySite);
const PHONE = { width: 360, height: 740 };

async function open(url: string, javaScriptEnabled = true): Promise<{ page: Page; context: BrowserContext }> {
  const { context } = await openContext(site.browser, site.url, { viewport: PHONE, javaScriptEnabled });
  const page = await context.newPage();
  if (javaScriptEnabled) await page.clock.setFixedTime(new Date(LATER_NOW));
  await page.goto(site.url + url);
  return { page, context };
}

const status = (page: Page) => page.locator('[data-filter-status]');
/** Waits for the filter to have drawn its listing (the status then gives the count). */
const settled = (page: Page) => expect.poll(() => status(page).textContent()).toMatch(/correspond/);
const titles = (page: Page) => page.locator('.agenda-line:visible h3 a').allTextContents();
const dayOfLines = (page: Page) =>
  page
    .locator('.agenda-line:visible')
    .evaluateAll((els) => els.map((el) => el.closest('[data-day]')?.getAttribute('data-day')));
const marks = async (page: Page) =>
  (await page.locator('.agenda-line:visible .public-mark').allTextContents()).map((m) => m.trim());

describe('the agenda filters over the whole listing (issue 13, point 5)', () => {
  it('« Ce mois-ci » + « Seniors » lists every December date of the listing, not the first page of 40 lines', async () => {
    // Without filter, the 31 December soirée is on page 2 of the built listing.
    const plain = await open('/agenda/', false);
    expect(await titles(plain.page)).not.toContain('Arnaques en ligne : les reconnaître, s’en protéger');
    await plain.context.close();

    const { page, context } = await open('/agenda/');
    await page.getByLabel('Quand').selectOption({ label: 'Ce mois-ci' });
    await page.getByLabel('Pour qui').selectOption({ label: 'Seniors' });
    await settled(page);
    expect(await titles(page)).toContain('Arnaques en ligne : les reconnaître, s’en protéger');
    const days = await dayOfLines(page);
    expect(days.every((d) => d !== undefined && d !== null && d >= '2026-12-09' && d <= '2026-12-31')).toBe(true);
    expect(days).toContain('2026-12-31');
    expect(page.url()).toMatch(/[?&]public=seniors/);
    expect(page.url()).toMatch(/[?&]date=month/);
    // The lines for seniors are told apart from those for everybody.
    expect(await marks(page)).toContain('Pour : Seniors');
    expect(await marks(page)).toContain('Tout public');
    expect(new Set(await marks(page))).toEqual(new Set(['Pour : Seniors', 'Tout public']));
    expect(await status(page).textContent()).toMatch(/destinés? à ce public.*ouverts? à tous/);
    await context.close();
  });

  it('« Page suivante » keeps the filters, and page 2 holds the rest of the filtered listing', async () => {
    const { page, context } = await open('/agenda/');
    await page.getByLabel('Pour qui').selectOption({ label: 'Jeunes (11-25 ans)' });
    await settled(page);
    // The later files of lines are read only when a page needs them: the count may be « au moins ».
    expect(await status(page).textContent()).toMatch(/Page 1( sur 2)?\.$/);
    // At most 40 lines a page; a day that fits on a page is not split, so page 1 may hold fewer.
    const first = await titles(page);
    expect(first.length).toBeGreaterThan(30);
    expect(first.length).toBeLessThanOrEqual(40);
    await page.getByRole('link', { name: /Page suivante/ }).click();
    await page.waitForURL(/[?&]page=2/);
    expect(page.url()).toMatch(/[?&]public=jeunes/);
    await settled(page);
    expect(await page.getByLabel('Pour qui').inputValue()).toBe('jeunes');
    expect(await status(page).textContent()).toMatch(/Page 2 sur 2\.$/);
    const second = await titles(page);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((t) => first.includes(t) && t !== 'Repair café informatique')).toEqual([]);
    for (const mark of await marks(page)) expect(mark).toMatch(/^(Tout public|Pour : .*Jeunes \(11-25 ans\).*)$/);
    // Later dates for young people only (built listing: page 2 of the whole agenda).
    expect(second).toContain('Parcoursup : créer son dossier pas à pas');
    await page.getByRole('link', { name: /Page précédente/ }).click();
    await page.waitForURL((url) => url.searchParams.get('public') === 'jeunes' && !url.searchParams.has('page'));
    await settled(page);
    expect(await titles(page)).toEqual(first);
    await context.close();
  });

  it('restores a shared filtered address and redraws when a filter changes, the page back to 1', async () => {
    const { page, context } = await open('/agenda/?theme=fabrication&gratuit=1');
    await settled(page);
    expect(await page.getByLabel('Thème').inputValue()).toBe('fabrication');
    expect(await page.getByLabel('Gratuit seulement').isChecked()).toBe(true);
    await page.getByLabel('Gratuit seulement').uncheck();
    await settled(page);
    expect(page.url()).toMatch(/\?theme=fabrication$/);
    const all = await titles(page);
    expect(all).toContain('OpenLab – FabLab de Janzé');
    await page.getByRole('button', { name: 'Tout afficher' }).click();
    await expect.poll(() => page.url()).toBe(`${site.url}/agenda/`);
    await context.close();
  });

  it('stays within the listing budgets: 600 elements, 40 KB with the lines it downloads', async () => {
    const { page, context } = await open('/agenda/');
    const bytes = new Map<string, number>();
    page.on('response', (response) => {
      void response.body().then(
        (body) => bytes.set(response.url(), gzipSync(body).length),
        () => undefined,
      );
    });
    await page.reload();
    await page.getByLabel('Quand').selectOption({ label: 'Toutes les dates' });
    await page.getByLabel('Pour qui').selectOption({ label: 'Jeunes (11-25 ans)' });
    await settled(page);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('*').count()).toBeLessThanOrEqual(600);
    const total = [...bytes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(40 * 1024);
    expect([...bytes.keys()].some((u) => u.includes('/agenda/lignes/'))).toBe(true);
    await context.close();
  });

  it('has no axe violation once filtered, on the listing of a public, and on a month', async () => {
    for (const url of ['/agenda/?public=seniors&date=month', '/agenda/publics/seniors/', '/agenda/2026-12/page-2/']) {
      const { page, context } = await open(url);
      if (url.includes('?')) await settled(page);
      const violations = await runAxe(page);
      expect(violations, `${url}\n${describeViolations(violations)}`).toEqual([]);
      await context.close();
    }
  });
});

describe('the agenda without JavaScript (issue 13, point 5)', () => {
  it('points to the ready-made lists from the top of the agenda, on the first screen', async () => {
    const { page, context } = await open('/agenda/', false);
    const pointer = page.locator('.lists-pointer');
    const box = await pointer.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    await pointer.getByRole('link', { name: 'pour qui' }).click();
    await page.waitForURL('**/agenda/#listes-publics');
    await page.getByRole('navigation', { name: 'Listes toutes prêtes' }).getByRole('link', { name: 'Seniors' }).click();
    await page.waitForURL('**/agenda/publics/seniors/');
    expect(await page.locator('main > .wrap > p').first().textContent()).toMatch(/« Pour : Seniors ».*« Tout public »/);
    expect(new Set(await marks(page))).toEqual(new Set(['Pour : Seniors', 'Tout public']));
    await context.close();
  });

  it('pages through a ready-made list, each page titled with its number', async () => {
    const { page, context } = await open('/agenda/publics/jeunes/', false);
    expect(await page.title()).toBe('Agenda : Jeunes (11-25 ans) – Repères numériques');
    await page.getByRole('link', { name: /Page suivante/ }).click();
    await page.waitForURL('**/agenda/publics/jeunes/page-2/');
    expect(await page.title()).toBe('Agenda : Jeunes (11-25 ans), page 2 – Repères numériques');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Agenda : Jeunes (11-25 ans), page 2');
    expect(await titles(page)).toContain('Parcoursup : créer son dossier pas à pas');
    await context.close();
  });
});

describe('a day with more lines than a page holds (issue 11)', () => {
  /** Fifty workshops on Friday 11 December, each its own series, added to the first file of lines. */
  const BUSY_DAY = '2026-12-11';
  const busyTitles = Array.from({ length: 50 }, (_, i) => `Atelier de la journée portes ouvertes n° ${String(i + 1)}`);

  async function withBusyDay(context: BrowserContext): Promise<void> {
    await context.route('**/agenda/lignes/2026-12-09.json', async (route) => {
      const response = await route.fetch();
      const file = (await response.json()) as AgendaLinesFile;
      const rows = file.series.length;
      busyTitles.forEach((title, i) => {
        file.series.push([
          `portes-ouvertes-${String(i)}-abcdef`,
          title,
          'Salle des fêtes, Janzé',
          null,
          0,
          '35136',
          'bases',
          '',
          null,
          0,
        ]);
        const start = `${BUSY_DAY}T${String(9 + Math.floor(i / 10)).padStart(2, '0')}:${String((i % 10) * 5).padStart(2, '0')}:00+01:00`;
        file.dates.push([rows + i, start, 60, '']);
      });
      file.dates.sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]));
      await route.fulfill({ response, json: file });
    });
  }

  it('is split across pages with « suite » wording, and no line is dropped', async () => {
    const { context } = await openContext(site.browser, site.url, { viewport: PHONE });
    await withBusyDay(context);
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(LATER_NOW));
    await page.goto(`${site.url}/agenda/?theme=bases`);
    await settled(page);
    const firstPage = await titles(page);
    expect(firstPage).toHaveLength(40);
    const lastSection = page.locator('.agenda-day').last();
    expect(await lastSection.getAttribute('data-day')).toBe(BUSY_DAY);
    expect(await lastSection.locator('.day-continues').textContent()).toBe(
      'La suite de cette journée est à la page suivante.',
    );
    await page.getByRole('link', { name: /Page suivante/ }).click();
    await page.waitForURL(/page=2/);
    await settled(page);
    expect(await page.locator('.agenda-day h2').first().textContent()).toBe('Vendredi 11 décembre (suite)');
    const secondPage = await titles(page);
    for (const title of busyTitles) expect([...firstPage, ...secondPage]).toContain(title);
    await context.close();
  });
});
