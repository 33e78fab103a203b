import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeViolations, openContext, runAxe } from '../support/browser.ts';
import { territorySite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

/*
 * Issue 13, point 4: the home page's commune picker on a 360 px phone. A postal code shared by
 * several communes offers the choice and never settles it silently; common spellings and
 * abbreviations resolve, and Enter goes where the suggestion said; the field behaves as a
 * WAI-ARIA combobox (list of options, arrow keys, Enter, Escape, announced by a status).
 */
const site = useServedSite(territorySite);
const PHONE = { width: 360, height: 740 };

async function openHome(javaScriptEnabled = true): Promise<Page> {
  const { context } = await openContext(site.browser, site.url, { viewport: PHONE, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.url + '/');
  return page;
}

const field = (page: Page) => page.getByRole('combobox', { name: 'Votre commune' });
const options = (page: Page) => page.getByRole('listbox').getByRole('option');
const status = (page: Page) => page.locator('help-finder [role="status"]');

describe('the commune picker (issue 13, point 4)', () => {
  it('offers the three communes of postal code 35134 and goes nowhere until one is chosen', async () => {
    const page = await openHome();
    await page.getByLabel('Faire mes démarches en ligne').check();
    await field(page).fill('35134');
    expect(await options(page).allTextContents()).toEqual([
      'Coësmes (35134)',
      'Sainte-Colombe (35134)',
      'Thourie (35134)',
    ]);
    await field(page).press('Enter');
    expect(page.url()).toBe(`${site.url}/`);
    expect(await status(page).textContent()).toBe('3 communes correspondent : choisissez la vôtre dans la liste.');
    expect(await field(page).getAttribute('aria-expanded')).toBe('true');
    // Down twice, Enter: Sainte-Colombe is taken, then Enter again opens its page.
    await field(page).press('ArrowDown');
    await field(page).press('ArrowDown');
    const active = await field(page).getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active ?? ''}"]`).textContent()).toBe('Sainte-Colombe (35134)');
    expect(await page.locator(`[id="${active ?? ''}"]`).getAttribute('aria-selected')).toBe('true');
    await field(page).press('Enter');
    expect(await field(page).inputValue()).toBe('Sainte-Colombe');
    expect(await status(page).textContent()).toBe('Commune choisie : Sainte-Colombe.');
    await field(page).press('Enter');
    await page.waitForURL('**/communes/sainte-colombe/demarches/');
    await page.context().close();
  });

  it.each([
    ['st colombe', 'Sainte-Colombe', 'sainte-colombe'],
    ['ste colombe', 'Sainte-Colombe', 'sainte-colombe'],
    ['toury', 'Thourie', 'thourie'],
    ['coesme', 'Coësmes', 'coesmes'],
    ['theil', 'Le Theil-de-Bretagne', 'le-theil-de-bretagne'],
  ])('takes « %s » for %s: the first suggestion is where Enter goes', async (typed, name, slug) => {
    const page = await openHome();
    await page.getByLabel('Apprendre les bases').check();
    await field(page).fill(typed);
    expect((await options(page).allTextContents())[0]).toMatch(new RegExp(`^${name} \\(`));
    await field(page).press('Enter');
    await page.waitForURL(`**/communes/${slug}/bases/`);
    await page.context().close();
  });

  it('works with the keyboard alone: Down opens the list of every commune, Escape closes it, Enter chooses', async () => {
    const page = await openHome();
    await page.getByLabel('Faire mes démarches en ligne').check();
    await field(page).focus();
    await page.keyboard.press('ArrowDown');
    expect(await options(page).count()).toBe(16);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('listbox').isVisible()).toBe(false);
    expect(await field(page).getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.type('thouri');
    await expect.poll(() => status(page).textContent()).toMatch(/^1 commune proposée/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await field(page).inputValue()).toBe('Thourie');
    // The focus never left the field; the next Tab reaches the geolocation button, not an option.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('commune');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/communes/thourie/demarches/');
    await page.context().close();
  });

  it('picks an option with a tap, and says so', async () => {
    const page = await openHome();
    await field(page).fill('mar');
    await options(page).filter({ hasText: 'Martigné-Ferchaud' }).click();
    expect(await field(page).inputValue()).toBe('Martigné-Ferchaud');
    expect(await status(page).textContent()).toBe('Commune choisie : Martigné-Ferchaud.');
    await page.context().close();
  });

  it('says a commune is unknown and how to see the list, without leaving the page', async () => {
    const page = await openHome();
    await page.getByLabel('Faire mes démarches en ligne').check();
    await field(page).fill('Rennes');
    await field(page).press('Enter');
    expect(await status(page).textContent()).toMatch(/^Commune introuvable\..*flèche du bas/);
    expect(page.url()).toBe(`${site.url}/`);
    await page.context().close();
  });

  it('has no axe violation with the list of suggestions open, one highlighted', async () => {
    const page = await openHome();
    await field(page).fill('35150');
    await field(page).press('ArrowDown');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, the home page links every commune instead', async () => {
    const page = await openHome(false);
    expect(await field(page).isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Sainte-Colombe', exact: true }).click();
    await page.waitForURL('**/communes/sainte-colombe/');
    await page.context().close();
  });
});
