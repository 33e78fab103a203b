import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { agendaFixture, FIXTURE_PHONE } from '../support/agenda-fixture.ts';
import { describeViolations, openContext, runAxe } from '../support/browser.ts';
import { TEST_NOW } from '../support/paths.ts';
import { fixtureSite, siteOccurrences } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';
import { seriesSlugIndex } from '../../src/lib/agenda/series.ts';

// The agenda fixture (tests/support/agenda-fixture.ts) on the fixture site, built at TEST_NOW,
// Tuesday 1 December 2026, 9 h in Paris.
const site = useServedSite(fixtureSite);
const fixture = Object.values(agendaFixture()).flat();
const slugs = seriesSlugIndex(fixture);
const slugOf = (title: string) => slugs.get(fixture.find((x) => x.title === title)?.seriesId ?? '') ?? '';

// The fixture site also holds the other fixtures' events: the journeys follow the lines of this
// one, whose titles no other event bears.
const ownIds = new Set(fixture.map((o) => o.id));
let otherTitles = new Set<string>();
beforeAll(() => {
  otherTitles = new Set(siteOccurrences(fixtureSite).flatMap((o) => (ownIds.has(o.id) ? [] : [o.title])));
  const shared = fixture.filter((o) => otherTitles.has(o.title)).map((o) => o.title);
  if (shared.length > 0)
    throw new Error(`Titres de l’agenda de test repris par d’autres événements : ${shared.join(', ')}`);
});
const ownOnly = (titles: string[]) => titles.filter((t) => !otherTitles.has(t));

async function open(url: string, options: { javaScriptEnabled?: boolean; now?: string } = {}) {
  const { context, blocked } = await openContext(site.browser, site.url, {
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  // The agenda hides what has ended by the browser's clock: pin it to the build's "now" (the
  // search page keeps the real clock, which Pagefind's debounce needs).
  if (options.javaScriptEnabled !== false && !url.startsWith('/recherche/'))
    await page.clock.setFixedTime(new Date(options.now ?? TEST_NOW));
  await page.goto(site.url + url);
  return { page, context, blocked };
}

/** Titles of the agenda fixture's lines a reader can see. */
const visibleTitles = async (page: Page) => ownOnly(await page.locator('.agenda-line:visible h3 a').allTextContents());
/** What the filter announces for the lines it shows (the other fixtures' lines count too). */
const countOfVisibleLines = async (page: Page) =>
  `${String(await page.locator('.agenda-line:visible').count())} rendez-vous correspondent.`;

describe('journey 2: what is on this week near Janzé', () => {
  it('without JavaScript, the commune list shows Janzé and its neighbours only, a cancellation marked « Annulé »', async () => {
    const { page, context } = await open('/agenda/', { javaScriptEnabled: false });
    expect(await page.locator('agenda-filter form').isVisible()).toBe(false);
    await page.getByRole('navigation', { name: 'Listes toutes prêtes' }).getByRole('link', { name: 'Janzé' }).click();
    await page.waitForURL('**/agenda/communes/janze/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Agenda près de Janzé');
    const titles = await visibleTitles(page);
    expect(titles).toContain('Café numérique');
    expect(titles).toContain('Découvrir la tablette'); // Amanlis, 6 km away
    expect(titles).not.toContain('Déclarer ses impôts en ligne'); // Retiers, 12 km
    expect(titles).not.toContain('Se protéger des arnaques'); // Martigné-Ferchaud, 18 km
    const cancelled = page
      .locator('.agenda-line.cancelled')
      .filter({ has: page.getByRole('link', { name: 'Café numérique', exact: true }) });
    expect(await cancelled.locator('.status-mark').textContent()).toBe('Annulé');
    expect(await cancelled.locator('xpath=ancestor::section//h2').textContent()).toBe('Mardi 8 décembre');
    expect(await page.locator('.agenda-line', { hasText: 'Découvrir la tablette' }).textContent()).toContain('exemple');
    await context.close();
  });

  it('without JavaScript, the theme, free and month lists narrow the agenda', async () => {
    const { page, context } = await open('/agenda/', { javaScriptEnabled: false });
    await page.getByRole('link', { name: 'Se protéger en ligne' }).click();
    await page.waitForURL('**/agenda/themes/securite/');
    expect(await visibleTitles(page)).toEqual(['Se protéger des arnaques']);
    await page.getByRole('link', { name: 'Seulement les rendez-vous gratuits' }).click();
    await page.waitForURL('**/agenda/gratuit/');
    const free = await visibleTitles(page);
    expect(free).not.toContain('Découvrir la tablette');
    expect(free).toContain('Déclarer ses impôts en ligne');
    await page.getByRole('link', { name: 'janvier 2027' }).click();
    await page.waitForURL('**/agenda/2027-01/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Agenda de janvier 2027');
    expect(await page.locator('.agenda-day h2').allTextContents()).toEqual(['Mardi 5 janvier 2027']);
    await context.close();
  });

  it('with JavaScript, filters instantly by commune with neighbours, theme, free and week, and announces the count', async () => {
    const { page, context } = await open('/agenda/');
    const status = page.getByRole('status');
    expect(await visibleTitles(page)).toHaveLength(6);
    // The filter reads the whole listing's lines from the server, then draws them: wait for it.
    await page.getByLabel('Commune', { exact: true }).selectOption({ label: 'Janzé' });
    await expect.poll(() => status.textContent()).toMatch(/correspond/);
    expect(await visibleTitles(page)).toEqual(['Café numérique', 'Découvrir la tablette', 'Café numérique']);
    expect(await status.textContent()).toBe(await countOfVisibleLines(page));
    expect(page.url()).toContain('commune=35136');
    await page.getByLabel('Gratuit seulement').check();
    await expect.poll(() => visibleTitles(page)).toEqual(['Café numérique', 'Café numérique']);
    await page.getByLabel('Avec les communes voisines').uncheck();
    await page.getByLabel('Gratuit seulement').uncheck();
    await expect.poll(() => visibleTitles(page)).not.toContain('Découvrir la tablette');
    await page.getByLabel('Commune', { exact: true }).selectOption('');
    await page.getByLabel('Thème').selectOption({ label: 'Démarches en ligne' });
    await expect.poll(() => visibleTitles(page)).toEqual(['Déclarer ses impôts en ligne']);
    expect(await status.textContent()).toBe('1 rendez-vous correspond.');
    await page.getByRole('button', { name: 'Tout afficher' }).click();
    await page.getByLabel('Quand').selectOption({ label: 'Les 7 prochains jours' });
    // 1 to 7 December: the stage of 21 December and the January date are out.
    await expect.poll(() => visibleTitles(page)).not.toContain('Stage impression 3D des vacances');
    expect(await page.locator('.agenda-day:visible h2').allTextContents()).toEqual([
      'Aujourd’hui – mardi 1er décembre',
      'Demain – mercredi 2 décembre',
      'Jeudi 3 décembre',
      'Vendredi 4 décembre',
    ]);
    await context.close();
  });

  it('restores the filter from the address, so a filtered agenda can be shared', async () => {
    const { page, context } = await open('/agenda/?theme=fabrication');
    expect(await page.getByLabel('Thème').inputValue()).toBe('fabrication');
    await expect.poll(() => visibleTitles(page)).toEqual(['Stage impression 3D des vacances']);
    await context.close();
  });

  it('with the keyboard alone, filters by commune, hears the count and opens an event, focus always visible', async () => {
    const { page, context } = await open('/agenda/');
    const commune = page.getByLabel('Commune', { exact: true });
    await commune.focus();
    // Chromium's closed select: arrow keys change the value and fire "change".
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowDown'); // Janzé, 10th commune
    expect(await commune.inputValue()).toBe('35136');
    const announced = page.locator('[role="status"][aria-live="polite"]');
    await expect.poll(() => announced.textContent()).toMatch(/correspond/);
    expect(await announced.textContent()).toBe(await countOfVisibleLines(page));
    let reached = '';
    for (let i = 0; i < 20 && reached !== 'Découvrir la tablette'; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent ?? '');
      const outline = await page.evaluate(() => {
        const el = document.activeElement;
        return el === null ? 'none' : getComputedStyle(el).outlineStyle;
      });
      expect(outline, `focus visible on « ${reached} »`).not.toBe('none');
    }
    expect(reached).toBe('Découvrir la tablette');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/evenements/${slugOf('Découvrir la tablette')}/`);
    await context.close();
  });

  it('hides the lines that ended earlier in the day when JavaScript runs, and only then', async () => {
    const evening = '2026-12-01T16:30:00+01:00';
    const { page, context } = await open('/agenda/', { now: evening });
    expect(await page.locator('.agenda-day:visible h2').first().textContent()).toBe('Demain – mercredi 2 décembre');
    await context.close();
    const month = await open('/agenda/2026-12/', { now: evening });
    expect(await month.page.locator('.agenda-day:visible h2').first().textContent()).toBe(
      'Demain – mercredi 2 décembre',
    );
    await month.context.close();
    const plain = await open('/agenda/', { javaScriptEnabled: false });
    // Without JavaScript the HTML says the date only: « Aujourd’hui » would be wrong the next day (issue 13, point 3).
    expect(await plain.page.locator('.agenda-day h2').first().textContent()).toBe('Mardi 1er décembre');
    await plain.context.close();
  });
});

describe('journey 3: tell me about this workshop', () => {
  it('from the agenda, the event page says when, where, for whom, how much, how to register and who organises', async () => {
    const { page, context } = await open('/agenda/', { javaScriptEnabled: false });
    await page.getByRole('link', { name: 'Déclarer ses impôts en ligne' }).click();
    await page.waitForURL(`**/evenements/${slugOf('Déclarer ses impôts en ligne')}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Déclarer ses impôts en ligne');
    const main = page.locator('main');
    expect((await main.locator('.dates li').allTextContents()).map((d) => d.trim())).toEqual([
      'jeudi 3 décembre, 9 h – 12 h',
    ]);
    expect(await main.locator('.place-card').textContent()).toContain('Maison France Services de Roche aux Fées');
    expect(await main.locator('.place-card').textContent()).toContain('35240 Retiers');
    const facts = Object.fromEntries(
      await main
        .locator('.facts dt')
        .evaluateAll((dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent.trim()])),
    );
    expect(facts).toMatchObject({
      'Pour qui ?': 'Seniors',
      'Combien ?': 'Gratuit',
      Inscription: 'Sur inscription au 02 99 43 64 87',
    });
    // The organiser, then how to reach it (issue 13, point 8).
    expect(facts['Qui organise ?']).toMatch(/^Maison France Services\s+Pour joindre ce lieu/);
    expect(await main.getByRole('link', { name: 'Maison France Services', exact: true }).getAttribute('href')).toBe(
      '/lieux/france-services-retiers/',
    );
    await context.close();
  });

  it('lists every upcoming date of a series, the cancelled one marked, with the place phone and calendar links', async () => {
    const slug = slugOf('Café numérique');
    const { page, context } = await open(`/evenements/${slug}/`, { javaScriptEnabled: false });
    const dates = await page.locator('.dates li').allTextContents();
    expect(dates.map((d) => d.replace(/\s+/g, ' ').trim())).toEqual([
      'mardi 1er décembre, 14 h – 16 h',
      'Annulé mardi 8 décembre, 14 h – 16 h',
      'mardi 15 décembre, 14 h – 16 h',
      'mardi 22 décembre, 14 h – 16 h',
      'mardi 5 janvier 2027, 14 h – 16 h',
    ]);
    const phone = page.getByRole('region', { name: 'Où ?' }).getByRole('link', { name: FIXTURE_PHONE });
    expect(await phone.getAttribute('href')).toBe('tel:+33299470000');
    const add = page.getByRole('region', { name: 'Ajouter à mon agenda' });
    expect(await add.getByRole('link', { name: /\.ics/ }).getAttribute('href')).toBe(`/evenements/${slug}.ics`);
    const google = new URL((await add.getByRole('link', { name: /^Google Agenda/ }).getAttribute('href')) ?? '');
    expect(google.hostname).toBe('calendar.google.com');
    expect(google.searchParams.get('dates')).toBe('20261201T130000Z/20261201T150000Z');
    expect(await add.getByRole('link', { name: /^Outlook/ }).getAttribute('href')).toMatch(
      /^https:\/\/outlook\.live\.com\//,
    );
    expect(await add.getByRole('link', { name: /Apple/ }).getAttribute('href')).toMatch(
      new RegExp(`^webcal://[^/]+/evenements/${slug}\\.ics$`),
    );
    await context.close();
  });

  it('offers the series as an .ics file that calendars can read', async () => {
    const slug = slugOf('Café numérique');
    const response = await fetch(`${site.url}/evenements/${slug}.ics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('SUMMARY:Café numérique');
  });

  it('prints without the calendar buttons', async () => {
    const { page, context } = await open(`/evenements/${slugOf('Café numérique')}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.add-to-calendar').isVisible()).toBe(false);
    expect(await page.locator('.dates').isVisible()).toBe(true);
    await context.close();
  });
});

describe('journey 5: search', () => {
  const search = async (page: Page, text: string) => {
    await page.getByRole('searchbox').fill(text);
    await page.locator('[data-search-status]', { hasText: `pour « ${text} »` }).waitFor();
  };
  // Every result, « Plus de résultats » pressed until all are listed, without the other fixtures'
  // events. A demo event's title may carry its « exemple » mark.
  const titlesOf = async (page: Page) => {
    const more = page.getByRole('button', { name: 'Plus de résultats' });
    const links = page.locator('[data-search-results] > li > a');
    while (await more.isVisible()) {
      // One page of results at a time: a second click while the first is drawn could find the button hidden.
      const before = await links.count();
      await more.click();
      await expect.poll(async () => (await links.count()) > before || !(await more.isVisible())).toBe(true);
    }
    const titles = await links.allTextContents();
    return ownOnly(titles.map((t) => t.replace(/ exemple$/, '').trim()));
  };

  it('finds an event and a place', async () => {
    const { page, context } = await open('/recherche/');
    await search(page, 'impôts');
    await expect.poll(() => titlesOf(page), { timeout: 10_000 }).toContain('Déclarer ses impôts en ligne');
    await search(page, 'médiathèque Janzé');
    await expect.poll(() => titlesOf(page), { timeout: 10_000 }).toContain('Médiathèque de Janzé');
    await context.close();
  });

  it('works with the keyboard alone: type, then Tab to the first result and open it', async () => {
    const { page, context } = await open('/recherche/');
    await page.getByRole('searchbox').focus();
    await page.keyboard.type('tablette');
    await page.locator('[data-search-results] > li').first().waitFor();
    let reached = '';
    for (let i = 0; i < 30 && !reached.startsWith('Découvrir la tablette'); i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent.trim() ?? '');
    }
    expect(reached).toMatch(/^Découvrir la tablette/);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/evenements/${slugOf('Découvrir la tablette')}/`);
    await context.close();
  });
});

describe('accessibility and sobriety of the agenda pages', () => {
  it.each(['/agenda/', '/agenda/2026-12/', '/agenda/communes/janze/', '/evenements/EVENT/', '/recherche/'])(
    '%s has no axe violation and no third-party request, with one h1',
    async (url) => {
      const { page, context, blocked } = await open(url.replace('EVENT', slugOf('Café numérique')));
      if (url === '/recherche/') {
        await page.getByRole('searchbox').fill('numérique');
        await page.locator('[data-search-results] > li').first().waitFor();
      }
      const violations = await runAxe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(blocked).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      await context.close();
    },
  );

  it('stays axe-clean once the filter has hidden lines and announced the count', async () => {
    const { page, context } = await open('/agenda/');
    await page.getByLabel('Commune', { exact: true }).selectOption({ label: 'Janzé' });
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/correspond/);
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('keeps the agenda page under 600 elements and the event page under 380', async () => {
    const { page, context } = await open('/agenda/', { javaScriptEnabled: false });
    expect(await page.locator('*').count()).toBeLessThan(600);
    await page.goto(`${site.url}/evenements/${slugOf('Café numérique')}/`);
    expect(await page.locator('*').count()).toBeLessThan(380);
    await context.close();
  });
});
