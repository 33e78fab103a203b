import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, openContext, runAxe } from '../support/browser.ts';
import { startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { root, TEST_NOW } from '../support/paths.ts';
import { fixtureSite, territorySite } from '../support/shared-site.ts';
import { siteUrl, useServedSite, useTestSite } from '../support/use-served-site.ts';

/*
 * A partner checks a feed in the browser (/partenaires/verifier/): drops a file on the checker and
 * reads, before anything is published, the agenda lines the site would show and every problem in
 * French. The page's clock is the test's now; nothing leaves the page once the file is dropped.
 * The checker runs on the territory site, whose places are content/'s as shipped (those
 * `npm run check-feed` reads); axe also looks at /partenaires/ on the fixture site, where a feed
 * is in each state.
 */
const site = useServedSite(territorySite);
useTestSite(fixtureSite);
const CHECKER = '/partenaires/verifier/';

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** The checker page, its worker loaded, at TEST_NOW; `requests` records every request made after this. */
async function openChecker(): Promise<{ page: Page; requests: string[]; blocked: string[] }> {
  const opened = await openContext(site.browser, site.url);
  context = opened.context;
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(TEST_NOW));
  await page.goto(site.url + CHECKER, { waitUntil: 'networkidle' });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return { page, requests, blocked: opened.blocked };
}

/** Drops a file on the checker's drop zone, as a partner drags it from a folder. */
async function dropFile(page: Page, file: string, type: string, waitForReport = true): Promise<void> {
  const bytes = readFileSync(path.join(root, file)).toString('base64');
  const dataTransfer = await page.evaluateHandle(
    ({ base64, name, mime }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: mime }));
      return transfer;
    },
    { base64: bytes, name: path.basename(file), mime: type },
  );
  await page.dispatchEvent('[data-checker-drop]', 'drop', { dataTransfer });
  if (waitForReport) await page.locator('[data-checker-result]:not([hidden])').waitFor();
}

/** The report as a partner reads it: verdict, problems, and each agenda line's words. */
async function reportOf(page: Page) {
  const result = page.locator('[data-checker-result]');
  return {
    verdict: (await result.locator('.checker-verdict').textContent()) ?? '',
    issues: await result.locator('.checker-issue').allTextContents(),
    days: await result.locator('.agenda-day h4').allTextContents(),
    lines: (await result.locator('.agenda-line').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()),
    text: (await result.textContent()) ?? '',
  };
}

describe('the feed checker in Chromium', () => {
  it('reads an Excel CSV (Windows-1252, semicolons) with its accents, dates, places and « Annulé »', async () => {
    const { page, requests, blocked } = await openChecker();
    await dropFile(page, 'tests/fixtures/csv/excel-windows-1252.csv', 'text/csv');
    const report = await reportOf(page);
    expect(report.verdict).toBe('Ce fichier peut être publié.');
    expect(report.text).toContain('Lu comme : un tableau (CSV).');
    expect(report.text).toContain('3 dates lues dans la période');
    expect(report.days).toEqual(['Jeudi 3 décembre', 'Samedi 5 décembre', 'Jeudi 10 décembre']);
    expect(report.lines).toEqual([
      'Atelier « Premiers pas sur tablette » 14 h – 16 h 30 · Médiathèque de Janzé · Gratuit Thèmes : Apprendre les bases · Pour qui : Seniors',
      'Permanence démarches en ligne 9 h 30 – 12 h · Maison France Services de Roche aux Fées, Retiers · Gratuit Thèmes : Démarches en ligne · Pour qui : Tout public',
      expect.stringMatching(
        /^Annulé Café numérique – cœur de bourg 14 h 30 – 17 h · Salle polyvalente, Marcillé-Robert/,
      ),
    ]);
    expect(requests).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('reads an Outlook calendar: the series at its next date, the cancelled session, no private event', async () => {
    const { page, requests } = await openChecker();
    await dropFile(page, 'tests/fixtures/checker/outlook-mediatheque.ics', 'text/calendar');
    const report = await reportOf(page);
    expect(report.verdict).toBe('Ce fichier peut être publié.');
    expect(report.lines).toEqual([
      'Atelier tablette pour les seniors 14 h – 16 h · Médiathèque de Janzé · et 2 autres dates Thèmes : Apprendre les bases · Pour qui : Seniors',
      'Déjouer les arnaques en ligne 10 h – 12 h · Mairie de Thourie Thèmes : Se protéger en ligne · Pour qui : Tout public',
      'Annulé Atelier tablette pour les seniors 14 h – 16 h · Médiathèque de Janzé Thèmes : Apprendre les bases · Pour qui : Seniors',
    ]);
    expect(report.issues).toEqual([
      "Tout le fichier – Remarque : 1 événement privé ou confidentiel (CLASS:PRIVATE ou CONFIDENTIAL) n'a pas été publié.",
    ]);
    expect(report.text).not.toContain('Martin');
    expect(requests).toEqual([]);
  });

  it('fetches the site’s places once, as a file of its own, and says so in French when they did not load', async () => {
    const opened = await openContext(site.browser, site.url);
    context = opened.context;
    let refuse = true;
    await context.route('**/partenaires/verifier/annuaire.json', (route) =>
      refuse ? route.abort('internetdisconnected') : route.fallback(),
    );
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(TEST_NOW));
    await page.goto(site.url + CHECKER, { waitUntil: 'networkidle' });
    // The page carries its words, not the directory: the same page whatever the size of the territory.
    expect(await page.locator('script[type="application/json"]').count()).toBe(1);
    await dropFile(page, 'tests/fixtures/csv/excel-windows-1252.csv', 'text/csv', false);
    await expect
      .poll(() => page.locator('[data-checker-status]').textContent())
      .toContain('La liste des lieux et des communes du site n’a pas pu être chargée');
    // The connection is back: the next check asks for the list again and reads the file.
    refuse = false;
    await dropFile(page, 'tests/fixtures/csv/excel-windows-1252.csv', 'text/csv');
    expect((await reportOf(page)).verdict).toBe('Ce fichier peut être publié.');
  });

  it('refuses a calendar cut short, in French, saying what to check', async () => {
    const { page, requests } = await openChecker();
    await dropFile(page, 'tests/fixtures/checker/tronque.ics', 'text/calendar');
    const report = await reportOf(page);
    expect(report.verdict).toBe('Ce fichier ne peut pas être publié en l’état.');
    expect(report.issues).toEqual([
      'Tout le fichier – Erreur : Le calendrier reçu est incomplet (il s’arrête avant sa fin, « END:VCALENDAR ») : il est refusé et les données précédentes sont gardées. Si cela se répète, vérifiez que le lien donne le fichier entier.',
    ]);
    expect(report.lines).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('refuses a web page saved as .ics, saying which link to give instead', async () => {
    const { page, requests } = await openChecker();
    await dropFile(page, 'tests/fixtures/feeds/page-de-connexion.ics', 'text/calendar');
    const report = await reportOf(page);
    expect(report.verdict).toBe('Ce fichier ne peut pas être publié en l’état.');
    expect(report.issues).toEqual([
      'Tout le fichier – Erreur : Flux illisible : le lien renvoie une page web (HTML) et non un calendrier ou un tableau : copiez le lien d’export iCal (.ics) ou CSV, pas l’adresse de la page.',
    ]);
    expect(requests).toEqual([]);
  });

  it('checks pasted text, and gives its result to a keyboard user', async () => {
    const { page, requests } = await openChecker();
    const csv = readFileSync(path.join(root, 'tests/fixtures/feeds/ateliers.csv'), 'utf8');
    await page.getByLabel(/Texte du fichier/).fill(csv);
    await page.getByRole('button', { name: 'Vérifier ce texte' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-checker-result]:not([hidden])').waitFor();
    const report = await reportOf(page);
    expect(report.issues).toEqual([expect.stringMatching(/^Ligne 5 – Erreur : Ligne ignorée : la date est vide/)]);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-checker-result'))).toBe(true);
    expect(await page.getByRole('status').textContent()).toBe(report.verdict);
    expect(requests).toEqual([]);
  });

  describe('given a link', () => {
    let feeds: FeedServer;
    const outlook = readFileSync(path.join(root, 'tests/fixtures/checker/outlook-mediatheque.ics'));
    beforeAll(async () => {
      feeds = await startFeedServer();
      feeds.route('/ouvert.ics', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/calendar', 'access-control-allow-origin': '*' }).end(outlook);
      });
      feeds.route('/ferme.ics', (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/calendar' }).end(outlook);
      });
    });
    afterAll(() => feeds.close());

    /** The checker, allowed to reach the partner's server too (the tests' context allows the site only). */
    async function openWithPartner(): Promise<Page> {
      context = await site.browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      const page = await context.newPage();
      await page.clock.setFixedTime(new Date(TEST_NOW));
      await page.goto(site.url + CHECKER, { waitUntil: 'networkidle' });
      return page;
    }

    it('reads it where the partner’s server allows it (CORS), and fetches only that link', async () => {
      const page = await openWithPartner();
      const requests: string[] = [];
      context?.on('request', (request) => requests.push(request.url()));
      await page.getByLabel(/Lien de votre agenda/).fill(feeds.url('/ouvert.ics'));
      await page.getByRole('button', { name: 'Vérifier ce lien' }).click();
      await page.locator('[data-checker-result]:not([hidden])').waitFor();
      expect((await reportOf(page)).lines[0]).toMatch(/^Atelier tablette pour les seniors 14 h – 16 h/);
      expect(requests).toEqual([feeds.url('/ouvert.ics')]);
    });

    it('says plainly when the partner’s server does not allow it, and what to do instead', async () => {
      const page = await openWithPartner();
      await page.getByLabel(/Lien de votre agenda/).fill(feeds.url('/ferme.ics'));
      await page.getByRole('button', { name: 'Vérifier ce lien' }).click();
      await expect
        .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
        .toMatch(/n’autorise pas une autre page web à lire ce fichier \(règle dite « CORS »\).*déposez-le ci-dessus/);
      expect(await page.locator('[data-checker-result]').isHidden()).toBe(true);
    });
  });

  it.each(['/partenaires/', '/partenaires/publier/', CHECKER])('%s has no axe violation', async (url) => {
    const base = siteUrl(fixtureSite);
    const opened = await openContext(site.browser, base);
    context = opened.context;
    const page = await context.newPage();
    await page.goto(base + url, { waitUntil: 'networkidle' });
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(opened.blocked).toEqual([]);
  });

  it('has no axe violation once a report is shown', async () => {
    const { page } = await openChecker();
    await dropFile(page, 'tests/fixtures/checker/outlook-mediatheque.ics', 'text/calendar');
    const violations = await runAxe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('explains itself without JavaScript and offers no dead form', async () => {
    const opened = await openContext(site.browser, site.url, { javaScriptEnabled: false });
    context = opened.context;
    const page = await context.newPage();
    await page.goto(site.url + CHECKER);
    await expect(page.getByText(/demande JavaScript/).isVisible()).resolves.toBe(true);
    expect(await page.locator('form').first().isVisible()).toBe(false);
  });
});
