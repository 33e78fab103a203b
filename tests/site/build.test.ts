import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages } from '../../scripts/lib/page-weight.ts';
import { SEARCH_PAGES_GLOB } from '../../scripts/lib/search-pages.ts';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';

const builtSiteDir = useTestSite(territorySite).dist;
const page = (url: string) => readFile(path.join(builtSiteDir, url, 'index.html'), 'utf8');

describe('the built site', () => {
  it.each(['/', '/accessibilite/', '/plan-du-site/', '/mentions-legales/'])(
    'has %s in French with one h1, a skip link and the accessibility link',
    async (url) => {
      const html = await page(url);
      expect(html).toMatch(/<html lang="fr"/);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html).toContain('href="#contenu"');
      expect(html).toContain('href="/accessibilite/"');
      expect(html).not.toMatch(/<script[^>]+src="https?:/);
      expect(html).not.toMatch(/fonts\.googleapis|@font-face/);
    },
  );

  it('states its accessibility compliance on the home page', async () => {
    expect(await page('/')).toMatch(/Accessibilité : non conforme/);
  });

  it('has a search index', async () => {
    const meta = await readFile(path.join(builtSiteDir, 'pagefind/pagefind-entry.json'), 'utf8');
    expect(JSON.parse(meta)).toHaveProperty('languages.fr');
  });
});

describe('structured data and the search index', () => {
  const jsonLdOf = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1] ?? 'null') as Record<string, unknown>,
    );

  it('describes a place page as a schema.org place with its address', async () => {
    const [ld] = jsonLdOf(await page('/lieux/mediatheque-janze/'));
    expect(ld).toMatchObject({ '@type': 'Library', name: 'Médiathèque de Janzé' });
    expect(ld).toHaveProperty('address.postalCode', '35150');
  });

  it('describes an event page as schema.org events with a start date and status', async () => {
    const events = await readdir(path.join(builtSiteDir, 'evenements'));
    const slug = events.find((name) => !name.endsWith('.ics'));
    const [ld] = jsonLdOf(await page(`/evenements/${slug ?? ''}/`));
    const graph = (ld?.['@graph'] ?? []) as Record<string, unknown>[];
    expect(graph.length).toBeGreaterThan(0);
    expect(graph[0]).toMatchObject({ '@type': 'Event' });
    expect(String(graph[0]?.['startDate'])).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  });

  it('indexes places, events and communes for search, not listings that repeat them', async () => {
    expect(await page('/lieux/mediatheque-janze/')).toContain('data-pagefind-body');
    expect(await page('/communes/janze/')).toContain('data-pagefind-body');
    for (const listing of ['/', '/agenda/', '/annuaire/', '/carte/', '/programme/', '/plan-du-site/']) {
      expect(await page(listing), listing).not.toContain('data-pagefind-body');
    }
  });

  it('gives the search indexer every page marked for it', async () => {
    const marked: string[] = [];
    for (const url of listPages(builtSiteDir)) if ((await page(url)).includes('data-pagefind-body')) marked.push(url);
    expect(marked.length).toBeGreaterThan(50);
    const missed = marked.filter((url) => !path.matchesGlob(`${url.slice(1)}index.html`, SEARCH_PAGES_GLOB));
    expect(missed).toEqual([]);
  });
});
