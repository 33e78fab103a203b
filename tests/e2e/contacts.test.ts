import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openOnPhone } from '../support/phone-page.ts';
import { territorySite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

/*
 * Issue 13, point 8: no page tells someone to call, book or ask without saying whom. Wherever a
 * page says « appelez », « renseignez-vous », « réservez », « prenez rendez-vous », « sur
 * inscription »…, the same card or section gives a contact: the place's, else its organisation's,
 * else the intercommunality's (which the directory holds), marked when not confirmed. Read at 360 px
 * without JavaScript (the contact must be in the HTML).
 */
const site = useServedSite(territorySite);
/** What asks the reader to get in touch (imperatives and « sur inscription »; not a title like « appeler sa famille »). */
const ASKS =
  /appelez|téléphonez|contactez|renseignez-vous|réservez|inscrivez-vous|prenez rendez-vous|sur inscription|sur réservation|en appelant/i;

/** Every instruction of the page that has no contact (a `.contact` block, a `tel:` or `mailto:` link) near it. */
async function instructionsWithoutContact(page: Page, ask: RegExp): Promise<string[]> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, 'i');
    const main = document.querySelector('main');
    if (main === null) return ['pas de <main>'];
    const lonely: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (parent === null || !pattern.test(text) || parent.closest('[hidden], script, template') !== null) continue;
      // The nearest card, facts list, section or article around the sentence must give the contact.
      const scope: Element = parent.closest('dl, .place-card, section, article') ?? main;
      const hasContact = scope.querySelector('.contact, a[href^="tel:"], a[href^="mailto:"]') !== null;
      if (!hasContact || scope === main) lonely.push(text.trim().slice(0, 100));
    }
    return lonely;
  }, ask.source);
}

async function pagesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(territorySite.dist, folder), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => `/${folder}/${e.name}/`);
}

/** The instructions without a contact near them on each page, read without JavaScript. */
async function lonelyOn(urls: readonly string[]): Promise<string[]> {
  const lonely: string[] = [];
  // One tab for every page: many pages, a loaded machine.
  const [first = '/', ...rest] = urls;
  const page = await openOnPhone(site, first, { javaScript: false });
  for (const url of [first, ...rest]) {
    if (url !== first) await page.goto(site.url + url);
    lonely.push(...(await instructionsWithoutContact(page, ASKS)).map((t) => `${url} : ${t}`));
  }
  await page.context().close();
  return lonely;
}

describe('no page tells someone to call without saying whom (issue 13, point 8)', () => {
  it('gives a contact next to every instruction on every place page', { timeout: 600_000 }, async () => {
    expect(await lonelyOn(await pagesUnder('lieux'))).toEqual([]);
  });

  it(
    'gives a contact next to every instruction on the commune pages and their answers',
    { timeout: 600_000 },
    async () => {
      const urls = (await pagesUnder('communes')).flatMap((u) => [u, `${u}demarches/`]);
      expect(await lonelyOn(urls)).toEqual([]);
    },
  );

  it('gives a contact next to every instruction on the event pages', { timeout: 600_000 }, async () => {
    expect(await lonelyOn(await pagesUnder('evenements'))).toEqual([]);
  });

  it('sends a mairie without phone to the intercommunality, with its website, as the directory holds it', async () => {
    const page = await openOnPhone(site, '/lieux/mairie-thourie/');
    const contact = page.locator('.contact').first();
    expect(await contact.innerText()).toMatch(
      /Ce lieu n’a encore ni téléphone, ni courriel, ni site connu\. Pour être orienté, joignez Roche aux Fées Communauté :/,
    );
    expect(await contact.locator('a[href="https://www.rafcom.bzh"]').count()).toBe(1);
    expect(await contact.locator('a[href="/lieux/roche-aux-fees-communaute/"]').count()).toBe(1);
    expect(await contact.innerText()).toContain('16 rue Louis Pasteur, 35240 Retiers');
    await page.context().close();
  });

  it('says whom to book Mobilifée with wherever a page says « réservez »', async () => {
    const page = await openOnPhone(site, '/communes/thourie/', { javaScript: false });
    const booking = page.locator('.book-transport');
    expect(await booking.innerText()).toMatch(/^Réserver Mobilifée, transport à la demande :/);
    expect(await booking.locator('a[href^="http"], a[href^="tel:"], a[href^="mailto:"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main').innerText()).not.toMatch(
      /réservez la veille auprès de la communauté de communes/,
    );
    await page.context().close();
  });
});
