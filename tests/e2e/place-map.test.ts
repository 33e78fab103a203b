import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { describeViolations, openContext, runAxe } from '../support/browser.ts';
import { territorySite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

/* Journey 4: "Show me on a map", and the directory, place and commune pages, on the shipped content (the territory site). */
const site = useServedSite(territorySite);

const tileHost = new URL('https://tile.openstreetmap.org').host;
/** The machine may be loaded: Leaflet and the map's data take their time. */
const slow = { timeout: 15_000 };

describe('journey 4: the map of places', () => {
  it('shows a marker per place and a popup linking to the place page', async () => {
    const { context, blocked } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    await page.goto(site.url + '/carte/');
    const items = await page.locator('.map-list li').count();
    await expect.poll(() => page.locator('.leaflet-marker-icon').count(), slow).toBeGreaterThanOrEqual(items);
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

  it('opens the place an event page links to (/carte/#<place>)', async () => {
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    await page.goto(site.url + '/carte/#fablab-retiers');
    const popup = page.locator('.leaflet-popup-content');
    await expect.poll(() => popup.getByRole('heading', { level: 2 }).textContent(), slow).toBe('FabLab de Retiers');
    await context.close();
  });

  it('filters the markers and the list together', async () => {
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    await page.goto(site.url + '/carte/');
    await expect.poll(() => page.locator('.leaflet-marker-icon').count(), slow).toBeGreaterThan(0);
    await page.getByLabel('Besoin').selectOption({ label: 'Fabriquer, créer au FabLab' });
    await expect.poll(() => page.locator('[data-status]').textContent(), slow).toMatch(/lieux? affichés?/);
    const visible = await page.locator('.map-list li:not([hidden]) > a').allTextContents();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.some((name) => name.includes('FabLab de Janzé'))).toBe(true);
    expect(visible.some((name) => name.includes('Mairie'))).toBe(false);
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(visible.length);
    // A commune none of whose places answers is hidden with its heading.
    expect(await page.locator('[data-commune-group]:not([hidden]) h3').allTextContents()).not.toContain('Brie');
    await context.close();
  });

  it('opens a place from the map with the keyboard alone', async () => {
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    await page.goto(site.url + '/carte/');
    await expect.poll(() => page.locator('.leaflet-marker-icon').count(), slow).toBeGreaterThan(0);
    let name: string | null = null;
    for (let i = 0; i < 80 && name !== 'FabLab de Janzé'; i++) {
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
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), slow).toBe('FabLab de Janzé');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('title')), slow)
      .toBe('FabLab de Janzé');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), slow).toBe('FabLab de Janzé');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/lieux/fablab-janze/');
    await context.close();
  });

  it('gives the same places as a list without JavaScript, and no map request', async () => {
    const { context: withJs } = await openContext(site.browser, site.url);
    const jsPage = await withJs.newPage();
    await jsPage.goto(site.url + '/carte/');
    await expect.poll(() => jsPage.locator('.leaflet-marker-icon').count(), slow).toBeGreaterThan(0);
    const withScript = await jsPage.locator('.map-list li > a').allTextContents();
    await withJs.close();
    const { context, blocked } = await openContext(site.browser, site.url, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + '/carte/');
    const names = await page.locator('.map-list li > a').allTextContents();
    expect(names).toEqual(withScript);
    expect(names.length).toBeGreaterThan(10);
    expect(await page.locator('.map-list a[href^="/lieux/"]').count()).toBe(names.length);
    expect(await page.getByRole('link', { name: 'Fabriquer, créer au FabLab' }).getAttribute('href')).toBe(
      '/annuaire/besoin/fabrication/',
    );
    expect(blocked).toEqual([]);
    await context.close();
  });
});

/* Issue 13, point 7: the map on a 360 px phone (touch screen), tiles blocked as in every test. */
describe('the map on a phone', () => {
  const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

  async function openMap() {
    const { context } = await openContext(site.browser, site.url, phone);
    const page = await context.newPage();
    await page.goto(site.url + '/carte/');
    await expect.poll(() => page.locator('.leaflet-marker-icon').count(), slow).toBeGreaterThan(0);
    return { context, page };
  }

  /** A one-finger swipe upwards over the middle of the map: touch events through the browser's input pipeline. */
  async function swipeUp(page: Page) {
    const box = await page.locator('[data-canvas]').boundingBox();
    if (box === null) throw new Error('carte invisible');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const session = await page.context().newCDPSession(page);
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) {
      await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 12 }] });
    }
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await session.detach();
  }

  it('takes no more than about half the screen', async () => {
    const { context, page } = await openMap();
    const height = await page.locator('[data-canvas]').evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeGreaterThan(150);
    expect(height).toBeLessThanOrEqual(740 * 0.5);
    await context.close();
  });

  it('scrolls the page under a one-finger swipe, and moves the map only once asked', async () => {
    const { context, page } = await openMap();
    await page.locator('[data-canvas]').scrollIntoViewIfNeeded();
    const pane = page.locator('.leaflet-map-pane');
    const paneBefore = await pane.getAttribute('style');
    const before = await page.evaluate(() => window.scrollY);
    await swipeUp(page);
    await expect.poll(() => page.evaluate(() => window.scrollY), slow).toBeGreaterThan(before + 50);
    expect(await pane.getAttribute('style')).toBe(paneBefore);
    // Asked: the same swipe now drags the map, and the page stays where it is.
    await page.getByRole('button', { name: 'Déplacer la carte du doigt' }).click();
    expect(await page.getByRole('button', { name: 'Déplacer la carte du doigt' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.locator('[data-canvas]').scrollIntoViewIfNeeded();
    const stillAt = await page.evaluate(() => window.scrollY);
    await swipeUp(page);
    await expect.poll(() => pane.getAttribute('style'), slow).not.toBe(paneBefore);
    expect(await page.evaluate(() => window.scrollY)).toBe(stillAt);
    await context.close();
  });

  it('says in French that the map tiles did not load', async () => {
    const { context, page } = await openMap();
    await expect
      .poll(() => page.locator('[data-problem]').textContent())
      .toMatch(/^Le fond de carte n’a pas pu être chargé/);
    expect(await page.getByRole('status').filter({ hasText: 'fond de carte' }).count()).toBe(1);
    await context.close();
  });

  it('lets a keyboard user skip the markers to the list', async () => {
    const { context, page } = await openMap();
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'Passer la carte et aller à la liste des lieux'; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('leaflet-marker-icon'))).toBe(false);
      focused = await page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
    }
    expect(focused).toBe('Passer la carte et aller à la liste des lieux');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), slow).toBe('liste-des-lieux');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.map-list') !== null)).toBe(true);
    await context.close();
  });

  it('gives a popup a heading in the page’s order, with no axe violation while it is open', async () => {
    const { context, page } = await openMap();
    await page.getByRole('button', { name: 'Médiathèque de Janzé' }).dispatchEvent('click');
    await expect.poll(() => page.locator('.leaflet-popup-content h2').textContent(), slow).toBe('Médiathèque de Janzé');
    const levels = await page.evaluate(() =>
      [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map((h) =>
        Number(h.tagName.slice(1)),
      ),
    );
    expect(levels[0]).toBe(1);
    const jumps = levels.slice(1).filter((level, i) => level > (levels[i] ?? 1) + 1);
    expect(jumps).toEqual([]);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
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
    if (url === '/carte/')
      await expect.poll(() => page.locator('.leaflet-marker-icon').count(), slow).toBeGreaterThan(0);
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
    expect(lines.some((l) => l.hidden && ended(l.end))).toBe(true);
    // Shown: the first five still to come (the HTML holds more, for a page read days later).
    const coming = lines.filter((l) => !ended(l.end)).map((l) => l.end);
    expect(lines.filter((l) => !l.hidden).map((l) => l.end)).toEqual(coming.slice(0, 5));
    await context.close();
  });
});
