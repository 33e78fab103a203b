import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openContext } from '../support/browser.ts';
import { faintFocusRings, type FaintRing } from '../support/focus-ring.ts';
import { root } from '../support/paths.ts';
import { territorySite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

/*
 * Issue 13, point 10. Every page type at 360 px, with and without JavaScript: axe-core (WCAG 2.1 A
 * and AA) finds nothing, the focus ring stands out 3:1 from whatever lies behind it (the dark green
 * header included), and the accessibility statement publishes exactly these results — the file it
 * reads (src/build/accessibility-results.json) is written by this test only when asked to
 * (`npm run accessibility-results`, which sets `REPERES_UPDATE_A11Y=1`), never by hand and never by
 * a plain test run (a test run leaves the repository unchanged); this test fails when the
 * published results are no longer the real ones.
 */
const site = useServedSite(territorySite);
const require = createRequire(import.meta.url);
const RESULTS_FILE = path.join(root, 'src/build/accessibility-results.json');
const WIDTH = 360;

/** One page of each type, as the statement lists them. */
const PAGE_TYPES = [
  { name: 'Accueil', path: '/' },
  { name: 'Agenda', path: '/agenda/' },
  { name: 'Un mois de l’agenda', path: '/agenda/2026-12/' },
  { name: 'Un événement', path: '/evenements/atelier-numerique-debutants-premiers-pas-sur-l-ordinateur-3ae87e/' },
  { name: 'Annuaire', path: '/annuaire/' },
  { name: 'Un lieu', path: '/lieux/france-services-retiers/' },
  { name: 'Une commune', path: '/communes/thourie/' },
  { name: 'Un besoin dans une commune', path: '/communes/thourie/demarches/' },
  { name: 'Carte des lieux', path: '/carte/' },
  { name: 'Recherche', path: '/recherche/' },
  { name: 'Programme à imprimer', path: '/programme/' },
  { name: 'Données ouvertes', path: '/donnees/' },
  { name: 'Déclaration d’accessibilité', path: '/accessibilite/' },
  { name: 'Plan du site', path: '/plan-du-site/' },
  { name: 'Mentions légales', path: '/mentions-legales/' },
] as const;

interface AxeRun {
  rules: number;
  violations: { id: string; targets: string[] }[];
}

let axeSource = '';

/**
 * Runs axe-core with the WCAG 2.0/2.1 A and AA rules; counts the rules it ran. Axe is evaluated,
 * not added as a `<script>`: the page's own scripts may be blocked.
 */
async function runAxe(page: Page): Promise<AxeRun> {
  axeSource ||= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Rule = { id: string; nodes: { target: string[] }[] };
    type Result = { passes: Rule[]; violations: Rule[]; incomplete: Rule[]; inapplicable: Rule[] };
    const { axe } = window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } };
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return {
      rules: r.passes.length + r.violations.length + r.incomplete.length + r.inapplicable.length,
      violations: r.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) })),
    };
  });
}

interface PageResult {
  name: string;
  path: string;
  withJavaScript: AxeRun;
  withoutJavaScript: AxeRun;
  focus: { measured: number; faint: FaintRing[] };
}

/**
 * The page as a browser without JavaScript shows it, for axe (which needs JavaScript to run): the
 * site's scripts are not loaded and every `<noscript>` is rendered, as it would be.
 */
async function openWithoutSiteScripts(context: BrowserContext, url: string): Promise<Page> {
  await context.route(/\.m?js(?:\?|$)/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => {
    for (const noscript of document.querySelectorAll('noscript')) {
      const template = document.createElement('template');
      template.innerHTML = noscript.textContent;
      noscript.replaceWith(template.content);
    }
  });
  return page;
}

async function checkPage(type: (typeof PAGE_TYPES)[number]): Promise<PageResult> {
  const viewport = { width: WIDTH, height: 800 };
  const withJs = await openContext(site.browser, site.url, { viewport });
  const withoutJs = await openContext(site.browser, site.url, { viewport });
  try {
    const page = await withJs.context.newPage();
    await page.goto(site.url + type.path);
    const withJavaScript = await runAxe(page);
    const focus = await faintFocusRings(page);
    const bare = await openWithoutSiteScripts(withoutJs.context, site.url + type.path);
    const withoutJavaScript = await runAxe(bare);
    return { ...type, withJavaScript, withoutJavaScript, focus };
  } finally {
    await withJs.context.close();
    await withoutJs.context.close();
  }
}

let results: PageResult[] = [];
beforeAll(async () => {
  results = [];
  for (const type of PAGE_TYPES) results.push(await checkPage(type));
}, 600_000);

/** What the statement publishes: stable figures only (no durations, no browser build number). */
function published(list: readonly PageResult[]) {
  const { version } = require('axe-core/package.json') as { version: string };
  return {
    tool: 'axe-core',
    toolVersion: version,
    browser: 'Chromium',
    width: WIDTH,
    rules: Math.max(...list.map((r) => r.withJavaScript.rules)),
    pages: list.map((r) => ({
      name: r.name,
      path: r.path,
      violationsWithJavaScript: r.withJavaScript.violations.length,
      violationsWithoutJavaScript: r.withoutJavaScript.violations.length,
      focusRingsMeasured: r.focus.measured > 0,
      faintFocusRings: r.focus.faint.length,
    })),
  };
}

describe('every page type at 360 px (issue 13, point 10)', () => {
  it('has no axe violation, with JavaScript and without', () => {
    const found = results.flatMap((r) => [
      ...r.withJavaScript.violations.map((v) => `${r.path} (avec JS) ${v.id} : ${v.targets.join(', ')}`),
      ...r.withoutJavaScript.violations.map((v) => `${r.path} (sans JS) ${v.id} : ${v.targets.join(', ')}`),
    ]);
    expect(found).toEqual([]);
  });

  it('shows a focus ring of at least 3:1 against what lies behind it, the dark header included', () => {
    expect(results.every((r) => r.focus.measured > 0)).toBe(true);
    const header = results.find((r) => r.path === '/');
    expect(header?.focus.measured).toBeGreaterThan(7); // the skip link, the name and the five menu links at least
    expect(results.flatMap((r) => r.focus.faint.map((f) => ({ page: r.path, ...f })))).toEqual([]);
  });

  it('publishes these very results in the accessibility statement', async () => {
    const expected = published(results);
    if (process.env['REPERES_UPDATE_A11Y'] === '1')
      await writeFile(RESULTS_FILE, `${JSON.stringify(expected, null, 2)}\n`);
    const committed: unknown = JSON.parse(await readFile(RESULTS_FILE, 'utf8'));
    expect(
      committed,
      'src/build/accessibility-results.json ne dit plus ce que trouvent les tests : lancez npm run accessibility-results',
    ).toEqual(expected);
  });
});

describe('the accessibility statement', () => {
  async function statement(javaScriptEnabled: boolean) {
    const { context } = await openContext(site.browser, site.url, {
      javaScriptEnabled,
      viewport: { width: WIDTH, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(site.url + '/accessibilite/');
    return { page, close: () => context.close() };
  }

  it('says plainly that no audit was made, hence « non conforme », on the page and in every footer', async () => {
    const { page, close } = await statement(false);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/non conforme/);
    expect(text).toMatch(/aucun audit/i);
    expect(text).not.toMatch(/partiellement conforme/);
    expect(await page.locator('footer').innerText()).toMatch(/Accessibilité : non conforme/);
    await close();
  });

  it('lists the pages tested and the automated results, as the tests produced them', async () => {
    const { page, close } = await statement(false);
    const rows = await page
      .locator('main table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim())),
      );
    expect(rows.map((r) => r[0])).toEqual(PAGE_TYPES.map((p) => p.name));
    const links = await page.locator('main table tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(PAGE_TYPES.map((p) => p.path));
    for (const row of rows) expect(row.slice(1)).toEqual(['0 erreur', '0 erreur', '3:1 au moins']);
    const { version } = require('axe-core/package.json') as { version: string };
    expect(await page.locator('main').innerText()).toContain(`axe-core ${version}`);
    await close();
  });

  it('gives an electronic contact and says the screen-reader checks are not done yet', async () => {
    const { page, close } = await statement(true);
    const contact = page.locator('section[aria-labelledby="contact"]');
    expect(await contact.locator('a[href^="http"], a[href^="mailto:"]').count()).toBeGreaterThan(0);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/lecteur d’écran/);
    expect(text).not.toMatch(/à compléter/);
    expect(text).toMatch(/aucune vérification avec un lecteur d’écran [^.]*n’a encore été faite/i);
    await close();
  });
});

describe('the site map and the menus', () => {
  it('links every commune from /plan-du-site/ and reaches /programme/ from the footer of every page', async () => {
    const { context } = await openContext(site.browser, site.url, { viewport: { width: WIDTH, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url + '/plan-du-site/');
    const communes = await page.locator('main h2 + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const list = JSON.parse(await readFile(path.join(root, 'content/communes.json'), 'utf8')) as { slug: string }[];
    expect(communes.sort()).toEqual(list.map((c) => `/communes/${c.slug}/`).sort());
    for (const url of ['/', '/lieux/france-services-retiers/', '/mentions-legales/']) {
      await page.goto(site.url + url);
      await page.locator('footer').getByRole('link', { name: 'Programme à imprimer' }).click();
      await page.waitForURL('**/programme/');
    }
    await context.close();
  });
});
