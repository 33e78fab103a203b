import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SourceRegistrySchema, StatusFileSchema, TaxonomySchema } from '../../src/lib/domain/index.ts';
import { csvTemplateBytes } from '../../src/lib/partners/csv-template.ts';
import { taxonomyWords } from '../../src/lib/partners/taxonomy-words.ts';
import { builtContentDir, builtSiteDir, TEST_NOW } from '../support/paths.ts';

/* The partners' space as built: every feed of the registry with its state, the guide's tables, the template file. */
const page = (url: string) => readFile(path.join(builtSiteDir, url, 'index.html'), 'utf8');
const content = async (file: string) => readFile(path.join(builtContentDir, file), 'utf8');
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
      expect(text(row?.[2] ?? '').includes('exemple'), source.id).toBe(source.demo);
      expect(row?.[2], source.id).toContain(`href="/lieux/${source.organisation}/"`);
    }
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
    const file = await readFile(path.join(builtSiteDir, 'partenaires/modele-agenda.csv'));
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.compare(file, Buffer.from(csvTemplateBytes(new Date(TEST_NOW))))).toBe(0);
  });
});

describe('the site map', () => {
  it('names the three pages of the partners’ space', async () => {
    const html = await page('/plan-du-site/');
    for (const href of ['/partenaires/', '/partenaires/publier/', '/partenaires/verifier/'])
      expect(html).toContain(`href="${href}"`);
  });
});
