import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeViolations, openContext, runAxe } from '../support/browser.ts';
import { fixtureSite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

/*
 * Journey 1: "I need help with my taxes online, I live in Thourie." On the fixture site: the shipped
 * directory plus one place in Thourie with a phone number, hours and what to bring
 * (tests/fixtures/shared-site/places/permanence-test-thourie.md).
 */
const site = useServedSite(fixtureSite);

/** Tuesday 1 December 2026, 15 h in Paris: the fixture place is open (Tu 14:00-18:00). */
const VIEW_TIME = new Date('2026-12-01T15:00:00+01:00');

async function openPage(url: string, javaScriptEnabled = true): Promise<{ page: Page; blocked: string[] }> {
  const { context, blocked } = await openContext(site.browser, site.url, { javaScriptEnabled });
  const page = await context.newPage();
  await page.clock.setFixedTime(VIEW_TIME);
  await page.goto(site.url + url);
  return { page, blocked };
}

/** The result cards as the resident reads them: name and distance, in order. */
async function readResults(page: Page) {
  return page.locator('.place-card').evaluateAll((cards) =>
    cards.map((card) => ({
      name: card.querySelector('h2')?.textContent.trim() ?? '',
      distance: card.querySelector('.distance')?.textContent.trim() ?? '',
      text: (card as HTMLElement).innerText,
      tel: card.querySelector('a[href^="tel:"]')?.getAttribute('href') ?? null,
    })),
  );
}

function kilometres(distance: string): number {
  const match = /à ([\d,]+) (k?m)/.exec(distance);
  if (match === null) throw new Error(`distance illisible : « ${distance} »`);
  const value = Number((match[1] ?? '').replace(',', '.'));
  return match[2] === 'km' ? value : value / 1000;
}

async function expectTaxHelpNearThourie(page: Page, javaScript: boolean): Promise<void> {
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    'Faire mes démarches en ligne près de Thourie',
  );
  const results = await readResults(page);
  expect(results.length).toBeGreaterThanOrEqual(3);
  // What serves Thourie first (its places, the bus stopping there, France Services), then by distance.
  const names = results.map((r) => r.name);
  const reference = names.indexOf('Maison France Services de Roche aux Fées');
  expect(names.indexOf('Permanence numérique de test')).toBeLessThan(names.indexOf('Bus France Services'));
  expect(names.indexOf('Bus France Services')).toBeLessThan(reference);
  const distances = results.slice(reference + 1).map((r) => kilometres(r.distance));
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  const permanence = results.find((r) => r.name === 'Permanence numérique de test');
  expect(permanence?.tel).toBe('tel:+33299000001');
  expect(permanence?.text).toContain('02 99 00 00 01');
  expect(permanence?.text).toMatch(/mardi/i);
  expect(permanence?.text).toContain('14 h – 18 h');
  expect(permanence?.text).toContain("Votre avis d'imposition de l'an dernier");
  expect(permanence?.text).toContain('à confirmer');
  if (javaScript) expect(permanence?.text).toContain('Ouvert maintenant, jusqu’à 18 h');
  else expect(permanence?.text).not.toContain('Ouvert maintenant');
  // The Bus France Services stops in Thourie: it is among the answers, at its Thourie stop.
  expect(results.find((r) => r.name === 'Bus France Services')?.text).toMatch(/Arrêt du bus : [^\n]*, Thourie/);
}

describe('journey 1: help with taxes online near Thourie', () => {
  it('finds the nearest places from the home page by choosing the need and typing « thourie »', async () => {
    const { page, blocked } = await openPage('/');
    await page.getByLabel('Faire mes démarches en ligne').check();
    await page.getByLabel('Votre commune').fill('thourie');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/commune proposée/);
    await page.getByRole('button', { name: 'Voir les lieux les plus proches' }).click();
    await page.waitForURL('**/communes/thourie/demarches/');
    await expectTaxHelpNearThourie(page, true);
    expect(blocked).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['Janze', 'janze'],
    ['marcille', 'marcille-robert'],
  ])('understands « %s » typed without accents', async (typed, slug) => {
    const { page } = await openPage('/');
    await page.getByLabel('Faire mes démarches en ligne').check();
    await page.getByLabel('Votre commune').fill(typed);
    await page.getByLabel('Votre commune').press('Enter');
    await page.waitForURL(`**/communes/${slug}/demarches/`);
    await page.context().close();
  });

  it('does the same with the keyboard alone', async () => {
    const { page } = await openPage('/');
    await page.getByLabel('Votre commune').focus();
    // Back to the need choices (the last one gets the focus), then the arrow wraps to the first.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Faire mes démarches en ligne').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('thouri');
    // The field is a combobox: Down highlights the suggestion (the focus stays in the field), Enter takes it.
    await page.keyboard.press('ArrowDown');
    const suggestion = await page.evaluate(() => {
      const id = document.activeElement?.getAttribute('aria-activedescendant') ?? '';
      return document.getElementById(id)?.textContent;
    });
    expect(suggestion).toBe('Thourie (35134)');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('status').textContent()).toBe('Commune choisie : Thourie.');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/communes/thourie/demarches/');
    await expectTaxHelpNearThourie(page, true);
    await page.context().close();
  });

  it('says what is missing instead of leaving the resident stuck', async () => {
    const { page } = await openPage('/');
    await page.getByLabel('Votre commune').fill('thourie');
    await page.getByRole('button', { name: 'Voir les lieux les plus proches' }).click();
    expect(await page.getByRole('status').textContent()).toBe('Choisissez d’abord ce dont vous avez besoin.');
    await page.getByLabel('Faire mes démarches en ligne').check();
    await page.getByLabel('Votre commune').fill('Paris');
    await page.getByRole('button', { name: 'Voir les lieux les plus proches' }).click();
    expect(await page.getByRole('status').textContent()).toMatch(/Commune introuvable/);
    expect(page.url()).toBe(`${site.url}/`);
    await page.context().close();
  });

  it('works without JavaScript through the commune page', async () => {
    const { page } = await openPage('/', false);
    await page.getByRole('link', { name: 'Thourie', exact: true }).click();
    await page.waitForURL('**/communes/thourie/');
    await page.getByRole('link', { name: 'Faire mes démarches en ligne' }).click();
    await page.waitForURL('**/communes/thourie/demarches/');
    await expectTaxHelpNearThourie(page, false);
    await page.context().close();
  });

  it('uses the device position, computed in the page, to pick the commune', async () => {
    const { context, blocked } = await openContext(site.browser, site.url);
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 47.8487, longitude: -1.4571 });
    const page = await context.newPage();
    await page.goto(site.url + '/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Commune la plus proche de votre position : Thourie.');
    expect(await page.getByLabel('Votre commune').inputValue()).toBe('Thourie');
    expect(requests.filter((u) => u.includes('47.84') || u.includes('1.45'))).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it.each(['/', '/communes/thourie/', '/communes/thourie/demarches/', '/lieux/permanence-test-thourie/'])(
    '%s has no axe violation',
    async (url) => {
      const { page } = await openPage(url);
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.context().close();
    },
  );
});
