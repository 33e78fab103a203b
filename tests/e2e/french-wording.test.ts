import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainText, openOnPhone } from '../support/phone-page.ts';
import { territorySite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

/*
 * Issue 13, point 9: French that reads right, at 360 px. Names, months and dates put in a
 * sentence go through one helper (lib/text/french-preposition.ts); a cancelled date is said
 * « Annulé » once, with its reason; a description that says « Gratuit » is not contradicted by
 * « Prix non précisé »; the geolocation error points to what is on the screen.
 */
const site = useServedSite(territorySite);
const EVENT = '/evenements/atelier-numerique-debutants-premiers-pas-sur-l-ordinateur-3ae87e/';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

describe('names in sentences (issue 13, point 9)', () => {
  it.each([
    ['/agenda/2027-10/', 'Agenda d’octobre 2027'],
    ['/agenda/2027-04/', 'Agenda d’avril 2027'],
    ['/agenda/2027-08/', 'Agenda d’août 2027'],
    ['/agenda/2026-12/', 'Agenda de décembre 2026'],
    ['/agenda/communes/le-theil-de-bretagne/', 'Agenda près du Theil-de-Bretagne'],
    ['/agenda/communes/amanlis/', 'Agenda près d’Amanlis'],
    ['/communes/le-theil-de-bretagne/demarches/', 'Faire mes démarches en ligne près du Theil-de-Bretagne'],
    ['/programme/le-theil-de-bretagne/', 'Le numérique au Theil-de-Bretagne'],
  ])('%s is titled « %s »', async (url, title) => {
    const page = await openOnPhone(site, url, { javaScript: false });
    expect((await page.locator('h1').innerText()).replace(/\s+/g, ' ').trim()).toMatch(new RegExp(`^${title}`));
    await page.context().close();
  });

  it('writes « près du Theil-de-Bretagne » and « au Theil-de-Bretagne » in links and descriptions', async () => {
    const page = await openOnPhone(site, '/communes/le-theil-de-bretagne/demarches/', { javaScript: false });
    expect(await page.getByRole('link', { name: 'Tous les lieux près du Theil-de-Bretagne' }).count()).toBe(1);
    await page.goto(`${site.url}/lieux/mediatheque-le-theil-de-bretagne/`);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(
      /^Médiathèque au Theil-de-Bretagne : /,
    );
    await page.context().close();
  });

  it('never writes « de Le », « à Le », « de Les » or « à Les » anywhere on the site', async () => {
    const wrong: string[] = [];
    for (const file of await htmlFiles(territorySite.dist)) {
      const html = await readFile(file, 'utf8');
      for (const m of html.matchAll(/.{0,30}\b(?:de|à|près de) Les? [A-ZÉ].{0,20}/g))
        wrong.push(`${path.relative(territorySite.dist, file)} : ${m[0]}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('a cancelled date (issue 13, point 9)', () => {
  it('is read « Annulé » once, not « Annulé Annulé : … », in the agenda', async () => {
    const page = await openOnPhone(site, '/agenda/communes/janze/', { javaScript: false });
    const line = page.locator('.agenda-line.cancelled h3').filter({ hasText: 'premiers pas sur l’ordinateur' });
    const text = (await line.first().innerText()).replace(/\s+/g, ' ').trim();
    expect(text.match(/annul/gi)).toHaveLength(1);
    expect(text).toMatch(/^Annulé Atelier numérique débutants : premiers pas sur l’ordinateur/);
    await page.context().close();
  });

  it('gives the reason its partner wrote, on the event page', async () => {
    const page = await openOnPhone(site, EVENT, { javaScript: false });
    const date = page.locator('.dates li.cancelled');
    expect((await date.innerText()).replace(/\s+/g, ' ')).toBe(
      'Annulé mardi 22 décembre, 10 h – 12 h L’atelier du 22 décembre est annulé. Reprise le mardi 29 décembre.',
    );
    expect((await page.locator('h1').innerText()).match(/annul/gi)).toBeNull();
    await page.context().close();
  });
});

describe('the price (issue 13, point 9)', () => {
  it('is never « non précisé » under a description that says it is free', { timeout: 600_000 }, async () => {
    const contradictions: string[] = [];
    const events = (await readdir(path.join(territorySite.dist, 'evenements'), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => `/evenements/${e.name}/`);
    // One tab for every event page: many pages, a loaded machine.
    const page = await openOnPhone(site, '/', { javaScript: false });
    for (const url of events) {
      await page.goto(site.url + url);
      const description = (await page.locator('.event > p').allInnerTexts()).join('\n');
      const price = await page.locator('.facts dt:has-text("Combien ?") + dd').innerText();
      // A sentence that says the price: « Gratuit, … », « Entrée libre », « …, gratuitement ».
      const saysFree = /(?:^|[.!?]\s+|\n)(?:gratuit|entrée libre)|,\s*gratuitement/im.test(description);
      if (saysFree && /non précisé/i.test(price)) contradictions.push(url);
    }
    await page.context().close();
    expect(contradictions).toEqual([]);
  });

  it('says « Gratuit, sur inscription » where the description says so', async () => {
    const page = await openOnPhone(site, EVENT, { javaScript: false });
    expect(await page.locator('.facts dt:has-text("Combien ?") + dd').innerText()).toBe(
      'Gratuit, sur inscription à l’accueil de la médiathèque',
    );
    await page.context().close();
  });
});

describe('the geolocation error (issue 13, point 9)', () => {
  it('points to the field on the screen, not to a list that is not there', async () => {
    const page = await openOnPhone(site, '/');
    await page.context().clearPermissions();
    await page.evaluate(() => {
      // The device refuses to give its position, as when location is off.
      navigator.geolocation.getCurrentPosition = (_ok, fail) => {
        fail?.({ code: 1, message: 'refusé', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as never);
      };
    });
    await page.getByRole('button', { name: 'Utiliser ma position' }).click();
    const status = page.locator('[data-status]').filter({ hasText: /position/ });
    await expect
      .poll(() => status.first().innerText())
      .toBe('Votre position n’a pas pu être trouvée. Tapez le nom de votre commune dans le champ ci-dessus.');
    expect(await mainText(page)).not.toMatch(/dans la liste/);
    await page.context().close();
  });
});
