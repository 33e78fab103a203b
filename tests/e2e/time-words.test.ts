import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mainText, openOnPhone } from '../support/phone-page.ts';
import { fixtureSite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

/*
 * Issue 13, point 3 and issue 14: the site is built on Tuesday 1 December 2026 at 9:00 (TEST_NOW)
 * and read three days later, on Friday 4 December at 10:00 (a missed night, a tab left open), by
 * moving the browser's clock only. Every time-relative word is either said by the browser for the
 * moment of reading, or written as a date in the HTML; a page older than two days says when it was
 * last updated; every page says when its data was updated.
 */
const site = useServedSite(fixtureSite);
const BUILD_DAY_LATER = '2026-12-04T10:00:00+01:00';
const BUILD_DAY = '2026-12-01T10:00:00+01:00';
const UPDATED = 'mardi 1er décembre 2026 à 9 h';
/** Words that only mean something at the moment of reading. */
const RELATIVE = /aujourd’hui|\bdemain\b|maintenant|prochaine?s?\b/i;
/** Pages whose content depends on the day (the event: the fixture's weekly « Café numérique »). */
const timely = () => [
  '/',
  '/agenda/',
  '/agenda/2026-12/',
  cafeEvent(),
  '/lieux/france-services-retiers/',
  '/lieux/mediatheque-janze/',
  '/communes/thourie/',
  '/communes/thourie/demarches/',
  '/annuaire/',
];

/** The address of the fixture's « Café numérique » event page, as the site built it. */
function cafeEvent(): string {
  const name = readdirSync(path.join(fixtureSite.dist, 'evenements')).find((n) => n.startsWith('cafe-numerique'));
  if (name === undefined) throw new Error('page de l’événement « Café numérique » absente du site de test');
  return `/evenements/${name}/`;
}

/** The `datetime` of the sessions shown in a list, as instants. */
async function shownSessionStarts(page: Page, selector: string): Promise<number[]> {
  return page
    .locator(`${selector} li:visible time`)
    .evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
}

describe('a page read three days after its build (issue 13, point 3)', () => {
  it('titles the home page’s open places with the day of reading and its hours, not the build’s', async () => {
    const page = await openOnPhone(site, '/', { at: BUILD_DAY_LATER });
    const section = page.locator('open-today');
    await expect.poll(() => section.locator('h2').innerText()).toBe('Lieux ouverts aujourd’hui, vendredi 4 décembre');
    const lines = await section.locator('li:visible').allInnerTexts();
    // Médiathèque de Janzé: Tuesday 16–18:30, Wednesday 10–12:30 and 14–18, Friday 16–18:30.
    expect(lines.find((l) => l.startsWith('Médiathèque de Janzé'))).toMatch(
      /^Médiathèque de Janzé \(Janzé\) : 16 h – 18 h 30\s+Fermé, ouvre aujourd’hui à 16 h$/,
    );
    // FabLab d’Amanlis opens on Wednesdays and Saturdays only: not listed on a Friday.
    expect(lines.some((l) => l.startsWith('FabLab d’Amanlis'))).toBe(false);
    await page.context().close();
  });

  it('keeps the build’s open places on a phone whose clock is behind the build', async () => {
    const page = await openOnPhone(site, '/', { at: '2026-11-20T10:00:00+01:00' });
    const section = page.locator('open-today');
    await expect.poll(() => section.locator('h2').innerText()).toBe('Lieux ouverts le mardi 1er décembre');
    expect(await section.locator('li:visible').count()).toBeGreaterThan(0);
    expect(await section.getByText('Aucun lieu').isVisible()).toBe(false);
    await page.context().close();
  });

  it('still lists coming sessions on the home page, none of them over', async () => {
    const page = await openOnPhone(site, '/', { at: BUILD_DAY_LATER });
    const section = '[aria-labelledby="events-title"]';
    // The page holds more sessions than it shows: it shows the first five not yet over.
    const endsOf = (selector: string) =>
      page.locator(selector).evaluateAll((lis) => lis.map((li) => Date.parse(li.getAttribute('data-end') ?? '')));
    await expect.poll(async () => (await endsOf(`${section} li:visible`)).length).toBeGreaterThan(0);
    const held = await endsOf(`${section} li[data-end]`);
    const coming = held.filter((end) => end > Date.parse(BUILD_DAY_LATER));
    expect(coming.length).toBeGreaterThan(0);
    const shown = await endsOf(`${section} li:visible`);
    expect(shown).toEqual(coming.slice(0, 5));
    expect((await shownSessionStarts(page, section)).length).toBe(shown.length);
    await page.context().close();
  });

  it('says so when every session it was built with is over', async () => {
    // The day after the end of the last session the home page holds.
    const built = await openOnPhone(site, '/', { javaScript: false });
    const ends = await built
      .locator('[aria-labelledby="events-title"] li[data-end]')
      .evaluateAll((lis) => lis.map((li) => Date.parse(li.getAttribute('data-end') ?? '')));
    await built.context().close();
    expect(ends.length).toBeGreaterThan(0);
    const at = new Date(Math.max(...ends) + 24 * 3600 * 1000).toISOString();
    const page = await openOnPhone(site, '/', { at });
    const section = page.locator('[aria-labelledby="events-title"]');
    expect(await section.locator('li:visible').count()).toBe(0);
    expect(await section.innerText()).toMatch(
      /Les rendez-vous annoncés lors de la mise à jour du mardi 1er décembre sont passés\./,
    );
    await page.context().close();
  });

  it('shows when the page was last updated, at the top of every page whose content depends on the day', async () => {
    for (const url of timely()) {
      const page = await openOnPhone(site, url, { at: BUILD_DAY_LATER });
      const notice = page.locator('.page-age');
      await expect.poll(() => notice.isVisible(), { message: url }).toBe(true);
      expect(await notice.innerText()).toBe(
        `Cette page n’a pas été mise à jour depuis le ${UPDATED} : des horaires ou des rendez-vous ont pu changer depuis.`,
      );
      await page.context().close();
    }
  });

  it('names today and tomorrow in the agenda from the reader’s clock, never a past day', async () => {
    const page = await openOnPhone(site, '/agenda/2026-12/', { at: BUILD_DAY_LATER });
    const headings = await page.locator('.agenda-day:visible h2').allInnerTexts();
    expect(headings.filter((h) => /Aujourd’hui|Demain/.test(h))).toEqual(
      headings.filter((h) => /vendredi 4 décembre|samedi 5 décembre/.test(h)),
    );
    expect(headings.join('\n')).not.toMatch(/(Aujourd’hui|Demain) – (mardi 1er|mercredi 2|jeudi 3) décembre/);
    if (headings.some((h) => h.endsWith('vendredi 4 décembre')))
      expect(headings).toContain('Aujourd’hui – vendredi 4 décembre');
    await page.context().close();
  });
});

describe('a page read the day after its build', () => {
  it('names the build’s « tomorrow » today, and the day after tomorrow', async () => {
    // Wednesday 2 December at 7:00, before any session of the day: the build said « Demain » for it.
    const page = await openOnPhone(site, '/agenda/2026-12/', { at: '2026-12-02T07:00:00+01:00' });
    const headings = page.locator('.agenda-day:visible h2');
    await expect.poll(() => headings.first().innerText()).toBe('Aujourd’hui – mercredi 2 décembre');
    const named = (await headings.allInnerTexts()).filter((h) => /Aujourd’hui|Demain/.test(h));
    expect(named).toEqual(['Aujourd’hui – mercredi 2 décembre', 'Demain – jeudi 3 décembre']);
    await page.context().close();
  });
});

describe('the same pages on the day of their build', () => {
  it('names today in the agenda and shows no old-page notice', async () => {
    const page = await openOnPhone(site, '/agenda/2026-12/', { at: BUILD_DAY });
    await expect
      .poll(() => page.locator('.agenda-day h2').first().innerText())
      .toBe('Aujourd’hui – mardi 1er décembre');
    expect(await page.locator('.page-age').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('the same pages without JavaScript', () => {
  it('hold no word that depends on the day of reading, only dates', async () => {
    for (const url of timely()) {
      const page = await openOnPhone(site, url, { javaScript: false, at: BUILD_DAY_LATER });
      const text = await mainText(page);
      expect(text.match(RELATIVE), url).toBeNull();
      await page.context().close();
    }
  });

  it('date the open places and the sessions in their titles', async () => {
    const page = await openOnPhone(site, '/', { javaScript: false, at: BUILD_DAY_LATER });
    expect(await page.locator('#today-title').innerText()).toBe('Lieux ouverts le mardi 1er décembre');
    expect(await page.locator('#events-title').innerText()).toBe('Les rendez-vous à partir du mardi 1er décembre');
    await page.context().close();
  });
});

describe('the date of the data (issue 14)', () => {
  it('is in the footer of every page, with or without JavaScript', async () => {
    for (const url of [...timely(), '/accessibilite/', '/mentions-legales/']) {
      for (const javaScript of [true, false]) {
        const page = await openOnPhone(site, url, { javaScript, at: BUILD_DAY });
        expect(await page.locator('footer').innerText(), url).toContain(`Informations mises à jour le ${UPDATED}.`);
        await page.context().close();
      }
    }
  });
});
