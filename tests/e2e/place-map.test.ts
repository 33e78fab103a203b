import { describe, expect, it } from 'vitest';
import { describeViolations, openContext, runAxe } from '../support/browser.ts';
import { territorySite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

/* Journey 4: "Show me on a map", and the directory, place and commune pages, on the shipped content (the territory site). */
const site = useServedSite(territorySite);

const tileHost = new URL('https://tile.openstreetmap.org').host;

describe('journey 4: the map of places', () => {
  it('shows a marker per place and a popup linking to the place page', async () => {
    const { context, blocked } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    await page.goto(site.url + '/carte/');
    const items = await page.locator('.map-list > li').count();
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBeGreaterThanOrEqual(items);
    // Markers of one town overlap at this zoom: the click goes to the marker itself.
    await page.getByRole('button', { name: 'Médiathèque de Janzé' }).dispatchEvent('click');
    const popup = page.locator('.leaflet-popup-content');
    await popup.getByRole('link', { name: 'Médiathèque de Janzé' }).click();
    await page.waitForURL('**/lieux/mediatheque-janze/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Médiathèque de Janzé');
    // Tiles were asked for (and blocked by the test); nothing else left the site.
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked.filter((u) => new URL(u).host !== tileHost)).toEqual([]);
    await context.close();
  });

  it('filters the markers and the list together', async () => {
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    await page.goto(site.url + '/carte/');
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);
    await page.getByLabel('Besoin').selectOption({ label: 'Fabriquer, créer au FabLab' });
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/lieux? affichés?/);
    const visible = await page.locator('.map-list > li:not([hidden]) h3').allTextContents();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.some((name) => name.includes('FabLab de Janzé'))).toBe(true);
    expect(visible.some((name) => name.includes('Mairie'))).toBe(false);
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(visible.length);
    await context.close();
  });

  it('opens a place from the map with the keyboard alone', async () => {
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    await page.goto(site.url + '/carte/');
    await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);
    let name: string | null = null;
    for (let i = 0; i < 40 && name !== 'FabLab de Janzé'; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() =>
        document.activeElement?.classList.contains('leaflet-marker-icon') === true
          ? document.activeElement.getAttribute('title')
          : null,
      );
    }
    expect(name).toBe('FabLab de Janzé');
    await page.keyboard.press('Enter');
    // The popup takes the focus on its first link; Escape gives it back to the marker.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('FabLab de Janzé');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('title'))).toBe('FabLab de Janzé');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('FabLab de Janzé');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/lieux/fablab-janze/');
    await context.close();
  });

  it('gives the same places as a list without JavaScript, and no map request', async () => {
    const { context: withJs } = await openContext(site.browser, site.url);
    const jsPage = await withJs.newPage();
    await jsPage.goto(site.url + '/carte/');
    const withScript = await jsPage.locator('.map-list > li h3').allTextContents();
    await withJs.close();
    const { context, blocked } = await openContext(site.browser, site.url, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + '/carte/');
    const names = await page.locator('.map-list > li h3').allTextContents();
    expect(names).toEqual(withScript);
    expect(names.length).toBeGreaterThan(10);
    expect(await page.locator('.map-list a[href^="/lieux/"]').count()).toBeGreaterThanOrEqual(names.length);
    expect(await page.getByRole('link', { name: 'Fabriquer, créer au FabLab' }).getAttribute('href')).toBe(
      '/annuaire/besoin/fabrication/',
    );
    expect(blocked).toEqual([]);
    await context.close();
  });
});

describe('the directory, place, commune and map pages', () => {
  it.each([
    '/annuaire/',
    '/annuaire/besoin/demarches/',
    '/annuaire/public/jeunes/',
    '/annuaire/commune/janze/',
    '/lieux/bus-france-services/',
    '/lieux/mediatheque-janze/',
    '/communes/janze/',
    '/communes/janze/fabrication/',
    '/carte/',
  ])('%s has no axe violation', async (url) => {
    const { context, blocked } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    await page.goto(site.url + url);
    if (url === '/carte/') await expect.poll(() => page.locator('.leaflet-marker-icon').count()).toBeGreaterThan(0);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(blocked.filter((u) => new URL(u).host !== tileHost)).toEqual([]);
    await context.close();
  });

  it('filters the directory by need without JavaScript', async () => {
    const { context } = await openContext(site.browser, site.url, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + '/annuaire/');
    const all = await page.locator('.directory > li').count();
    await page.getByRole('link', { name: 'Pour les jeunes' }).click();
    await page.waitForURL('**/annuaire/besoin/jeunes/');
    const names = await page.locator('.directory h3').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(all);
    expect(names.some((n) => n.includes('Point Information Jeunesse'))).toBe(true);
    expect(await page.getByRole('link', { name: 'Pour les jeunes' }).getAttribute('aria-current')).toBe('page');
    await context.close();
  });

  it('says "open now" at view time on a place page and keeps the weekly hours', async () => {
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    // Wednesday 9 December 2026 (the day of the build), 16 h: the médiathèque de Janzé says it opens on Wednesday afternoons.
    await page.clock.setFixedTime(new Date('2026-12-09T16:00:00+01:00'));
    await page.goto(site.url + '/lieux/mediatheque-janze/');
    const status = await page.locator('.open-now').first().textContent();
    const hours = await page.locator('.hours').first().innerText();
    expect(hours).toMatch(/mercredi/i);
    expect(status).toMatch(/^Ouvert maintenant, jusqu’à \d+ h/);
    await page.clock.setFixedTime(new Date('2026-12-09T03:00:00+01:00'));
    await page.reload();
    expect(await page.locator('.open-now').first().textContent()).toMatch(/^Fermé, ouvre aujourd’hui à \d+ h/);
    await context.close();
  });

  it('hides on the home page the sessions of the day already over, keeping them in the HTML', async () => {
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    // The site was built on 9 December at 9 h (territorySite.now); it is read at 15 h the same day.
    const viewed = new Date('2026-12-09T15:00:00+01:00');
    await page.clock.setFixedTime(viewed);
    await page.goto(site.url + '/');
    const lines = await page
      .locator('.sessions li')
      .evaluateAll((items) =>
        items.map((li) => ({ end: (li as HTMLElement).dataset['end'] ?? '', hidden: (li as HTMLElement).hidden })),
      );
    const ended = (end: string) => Date.parse(end) <= viewed.getTime();
    expect(lines.some((l) => l.hidden)).toBe(true);
    expect(lines.filter((l) => l.hidden).every((l) => ended(l.end))).toBe(true);
    expect(lines.filter((l) => !l.hidden).every((l) => !ended(l.end))).toBe(true);
    await context.close();
  });
});
