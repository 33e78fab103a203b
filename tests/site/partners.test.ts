import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SourceRegistrySchema, StatusFileSchema, TaxonomySchema } from '../../src/lib/domain/index.ts';
import { csvTemplateBytes } from '../../src/lib/partners/csv-template.ts';
import { taxonomyWords } from '../../src/lib/partners/taxonomy-words.ts';
import { HEALTH_KINDS } from '../../src/lib/partners/source-health.ts';
import { partnersText } from '../../src/lib/site/strings/partners.ts';
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

describe('/partenaires/', () => {
  it('has a line for every feed of the registry, in the state of status.json, demo feeds marked', async () => {
    const html = await page('/partenaires/');
    const { sources } = SourceRegistrySchema.parse(parse(await content('sources.yaml')));
    const status = StatusFileSchema.parse(JSON.parse(await content('status.json')));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      const row = new RegExp(`<tr id="flux-${source.id}" data-state="([a-z]+)"[^>]*>([\\s\\S]*?)</tr>`).exec(html);
      expect(row, source.id).not.toBeNull();
      const state = status.sources.find((s) => s.sourceId === source.id)?.state ?? 'never';
      expect(row?.[1], source.id).toBe(source.enabled ? state : 'disabled');
      expect(row?.[2]?.includes('class="demo-mark"'), source.id).toBe(source.demo);
      expect(row?.[2], source.id).toContain(`href="/lieux/${source.organisation}/"`);
    }
  });

  // « Pas encore lu » is a feed added to the registry after the last ingest: the test build ingests
  // every feed of its registry, so that state is tested on toSourceHealth only.
  const SHOWN = HEALTH_KINDS.filter((kind) => kind !== 'never');

  it('shows every state of a feed the night can leave, in plain French, worst first', async () => {
    const html = await page('/partenaires/');
    const states = [...html.matchAll(/<tr id="flux-[^"]+" data-state="([a-z]+)"/g)].map((m) => m[1]);
    expect(new Set(states)).toEqual(new Set(SHOWN));
    const rank = states.map((state) => HEALTH_KINDS.indexOf(state as (typeof HEALTH_KINDS)[number]));
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    const words = text(html);
    for (const kind of SHOWN) expect(words).toContain(partnersText.states[kind]);
    expect(words).toContain('Données conservées depuis le');
  });

  it('links each feed to its next events', async () => {
    const html = await page('/partenaires/');
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
