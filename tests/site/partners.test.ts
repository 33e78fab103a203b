import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SourceRegistrySchema, StatusFileSchema, TaxonomySchema } from '../../src/lib/domain/index.ts';
import { csvTemplateBytes } from '../../src/lib/partners/csv-template.ts';
import { taxonomyWords } from '../../src/lib/partners/taxonomy-words.ts';
import { HEALTH_KINDS } from '../../src/lib/partners/source-health.ts';
import { partnersText } from '../../src/lib/site/strings/partners.ts';
import { weighPage } from '../../scripts/lib/page-weight.ts';
import { partnerRoutes } from '../../src/lib/site/routes.ts';
import { budgets, overBudget } from '../support/budgets.ts';
import { fixtureSite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';

/*
 * The partners' space as built on the fixture site, whose registry has a feed in each state /partenaires/
 * shows (tests/fixtures/shared-site/sources.yaml and status.json): every feed with its state, the guide's
 * tables, the template file.
 */
const site = useTestSite(fixtureSite);
const page = (url: string) => readFile(path.join(site.dist, url, 'index.html'), 'utf8');
const content = async (file: string) => readFile(path.join(site.contentDir, file), 'utf8');
/** The text of an HTML fragment, tags removed and spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** Every page of `/partenaires/` (`/partenaires/`, `/partenaires/page-2/`…), in order. */
async function healthPages(): Promise<string[]> {
  const pages = [await page('/partenaires/')];
  for (let n = 2; existsSync(path.join(site.dist, `partenaires/page-${String(n)}/index.html`)); n++)
    pages.push(await page(`/partenaires/page-${String(n)}/`));
  return pages;
}
/** The rows of feeds of some HTML, each as its source id, state and content. */
const rowsOf = (html: string) =>
  [...html.matchAll(/<tr id="flux-([a-z0-9-]+)" data-state="([a-z]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map(
    ([, id = '', state = '', body = '']) => ({ id, state, body }),
  );
/** The rows of one page: in full (the feeds that need attention) and compact (the others). */
function rowsOfPage(html: string) {
  const cut = html.indexOf('<table class="compact"');
  return cut < 0
    ? { full: rowsOf(html), compact: [] }
    : { full: rowsOf(html.slice(0, cut)), compact: rowsOf(html.slice(cut)) };
}

describe('/partenaires/', () => {
  it('has a line for every feed of the registry, over its pages, in the state of status.json, demo feeds marked', async () => {
    const rows = (await healthPages()).flatMap(rowsOf);
    const { sources } = SourceRegistrySchema.parse(parse(await content('sources.yaml')));
    const status = StatusFileSchema.parse(JSON.parse(await content('status.json')));
    expect(sources.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(sources.length);
    for (const source of sources) {
      const row = rows.find((r) => r.id === source.id);
      expect(row, source.id).toBeDefined();
      const state = status.sources.find((s) => s.sourceId === source.id)?.state ?? 'never';
      expect(row?.state, source.id).toBe(source.enabled ? state : 'disabled');
      expect(row?.body.includes('class="demo-mark"'), source.id).toBe(source.demo);
      expect(row?.body, source.id).toContain(`href="/lieux/${source.organisation}/"`);
    }
  });

  // « Pas encore lu » is a feed added to the registry after the last ingest: the test build ingests
  // every feed of its registry, so that state is tested on toSourceHealth only.
  const SHOWN = HEALTH_KINDS.filter((kind) => kind !== 'never');
  const rank = (state: string) => HEALTH_KINDS.indexOf(state as (typeof HEALTH_KINDS)[number]);
  const sorted = (ranks: number[]) => [...ranks].sort((a, b) => a - b);

  it('shows every state of a feed the night can leave, in plain French, the feeds in trouble first and in full', async () => {
    const htmls = await healthPages();
    const pages = htmls.map(rowsOfPage);
    const full = pages.flatMap((p) => p.full);
    const compact = pages.flatMap((p) => p.compact);
    expect(new Set([...full, ...compact].map((r) => r.state))).toEqual(new Set(SHOWN));
    // Every feed in trouble has its full line, before any compact one, worst first.
    for (const kind of ['error', 'held', 'warning'])
      expect(
        compact.filter((r) => r.state === kind).map((r) => r.id),
        kind,
      ).toEqual([]);
    const lastFull = pages.findLastIndex((p) => p.full.length > 0);
    const firstCompact = pages.findIndex((p) => p.compact.length > 0);
    expect(firstCompact < 0 || lastFull <= firstCompact).toBe(true);
    expect(full.map((r) => rank(r.state))).toEqual(sorted(full.map((r) => rank(r.state))));
    expect(compact.map((r) => rank(r.state))).toEqual(sorted(compact.map((r) => rank(r.state))));
    expect(compact.every((r) => r.state === 'ok' || r.state === 'disabled')).toBe(true);
    // A feed « à jour » not read last night has something to say: its full line says it.
    expect(full.find((r) => r.id === 'partenaire-pas-relu')?.body).toContain('Pas relu lors de la dernière nuit');
    const words = text(htmls.join(' '));
    for (const kind of SHOWN) expect(words).toContain(partnersText.states[kind]);
    expect(words).toContain('Données conservées depuis le');
  });

  it('counts the feeds of each state at the top of every page, and links its pages to each other', async () => {
    const { sources } = SourceRegistrySchema.parse(parse(await content('sources.yaml')));
    const pages = await healthPages();
    const rows = pages.flatMap(rowsOf);
    for (const html of pages) {
      const counts = /<ul class="counts"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
      expect(text(html)).toContain(`${String(sources.length)} agendas suivis, par état`);
      for (const kind of SHOWN) {
        const n = rows.filter((r) => r.state === kind).length;
        expect(text(counts), kind).toContain(`${String(n)} ${partnersText.counted[kind]}`);
      }
    }
    if (pages.length > 1) {
      expect(pages[0]).toContain('href="/partenaires/page-2/" rel="next"');
      expect(pages[1]).toContain('href="/partenaires/" rel="prev"');
    }
  });

  it('keeps every page within a content page’s budget, full lines of feeds in trouble included', async () => {
    const pages = await healthPages();
    expect(pages.length).toBeGreaterThan(1);
    const urls = pages.map((_, i) => partnerRoutes.partners(i + 1));
    const weights = urls.map((url) => weighPage(site.dist, url));
    expect(overBudget(weights, (p) => p.elements, budgets.elements)).toEqual([]);
  });

  it('links each feed to its next events', async () => {
    const html = (await healthPages()).join('');
    const withEvents = [...html.matchAll(/<ul class="events"[^>]*>([\s\S]*?)<\/ul>/g)];
    expect(withEvents.length).toBeGreaterThan(0);
    for (const [, list] of withEvents) expect(list).toMatch(/href="\/evenements\/[a-z0-9-]+\/"/);
  });
});

describe('/partenaires/publier/', () => {
  it('lists every theme and public of the taxonomy with the words that select it', async () => {
    const html = text(await page('/partenaires/publier/'));
    const taxonomy = TaxonomySchema.parse(parse(await content('taxonomy.yaml')));
    const words = taxonomyWords(taxonomy);
    for (const entry of [...words.themes, ...words.publics]) {
      expect(html, entry.id).toContain(`${entry.label} ${entry.words.join(', ')}`);
    }
  });

  it('offers the spreadsheet template to download', async () => {
    expect(await page('/partenaires/publier/')).toContain(
      'href="/partenaires/modele-agenda.csv" download="modele-agenda.csv"',
    );
  });
});

describe('/partenaires/modele-agenda.csv', () => {
  it('is the template of the build’s day, UTF-8 with its byte-order mark', async () => {
    const file = await readFile(path.join(site.dist, 'partenaires/modele-agenda.csv'));
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.compare(file, Buffer.from(csvTemplateBytes(new Date(fixtureSite.now))))).toBe(0);
  });
});

describe('the site map', () => {
  it('names the three pages of the partners’ space', async () => {
    const html = await page('/plan-du-site/');
    for (const href of ['/partenaires/', '/partenaires/publier/', '/partenaires/verifier/'])
      expect(html).toContain(`href="${href}"`);
  });
});
