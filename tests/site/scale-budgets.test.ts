import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listPages, weighPage, type PageWeight } from '../../scripts/lib/page-weight.ts';
import { readAllEvents } from '../../src/loaders/read-content.ts';
import { routeOf } from '../../src/lib/site/routes.ts';
import { PAGE_TYPES } from '../support/page-types.ts';
import { budgets, overBudget } from '../support/budgets.ts';
import { scaleSite, territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';

/*
 * Issue 11, « done when »: a territory ten times the demo (scale b of `npm run bench -- --scale`:
 * 100 sources, 200 places, about 10 000 occurrences a year: `scaleSite` of shared-site.ts) keeps
 * every page type and every calendar file within the budgets of DESIGN.md. A budget test, not a
 * timed one: the build's speed is measured by the bench.
 */
const scaleSiteDir = useTestSite(scaleSite).dist;
const territorySiteDir = useTestSite(territorySite).dist;
let pages: PageWeight[] = [];
let occurrences = 0;
beforeAll(async () => {
  pages = listPages(scaleSiteDir).map((url) => weighPage(scaleSiteDir, url));
  occurrences = (await readAllEvents(scaleSite.contentDir)).reduce((sum, f) => sum + f.events.occurrences.length, 0);
});

/** Every file of the site whose name ends with `ext`, as site paths. */
function filesEndingWith(ext: string, dir = ''): string[] {
  return readdirSync(path.join(scaleSiteDir, dir)).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(scaleSiteDir, rel)).isDirectory()) return filesEndingWith(ext, rel);
    return name.endsWith(ext) ? [`/${rel}`] : [];
  });
}

describe('a territory ten times the demo (100 sources, 200 places)', () => {
  it('holds the data it was generated with', () => {
    expect(occurrences).toBeGreaterThan(9_000);
    expect(pages.filter((p) => routeOf(p.url) === 'place')).toHaveLength(200);
  });

  it('builds every page type, each page of a known address', () => {
    const types = new Set(pages.map((p) => routeOf(p.url)));
    expect(PAGE_TYPES.filter((type) => !types.has(type))).toEqual([]);
    expect(pages.filter((p) => routeOf(p.url) === undefined).map((p) => p.url)).toEqual([]);
  });

  it('paginates the long listings: the directory, the agenda, a commune’s programme', () => {
    for (const type of ['directory', 'agenda', 'programmeQuarter'] as const) {
      expect(
        pages.some((p) => routeOf(p.url) === type && /\/page-2\/$/.test(p.url)),
        type,
      ).toBe(true);
    }
  });

  it('keeps at most 380 elements on content pages and 600 on listing pages', () => {
    expect(overBudget(pages, (p) => p.elements, budgets.elements)).toEqual([]);
  });

  it('keeps the transfer size under 60 KB on the home page, 120 KB on the map, 40 KB elsewhere', () => {
    expect(overBudget(pages, (p) => p.transferBytes, budgets.transferBytes)).toEqual([]);
  });

  it('makes at most 15 requests per page', () => {
    expect(overBudget(pages, (p) => p.requests, budgets.requests)).toEqual([]);
  });

  it('keeps the pages that list nothing of the territory as heavy as on the demo (no inline data that grows)', () => {
    // The feed checker once carried the whole directory inline: 17 kB gz at this scale, 29 kB at 500 places.
    const fixed = ['/partenaires/verifier/', '/partenaires/publier/', '/accessibilite/', '/mentions-legales/'];
    const grown = fixed
      .map((url) => ({ url, demo: weighPage(territorySiteDir, url), scale: weighPage(scaleSiteDir, url) }))
      .filter(({ demo, scale }) => scale.htmlBytes > demo.htmlBytes * 1.1 + 512)
      .map(({ url, demo, scale }) => `${url} : ${String(demo.htmlBytes)} → ${String(scale.htmlBytes)} o gzip`);
    expect(grown).toEqual([]);
  });

  it('keeps every calendar file under 3 MB', () => {
    const files = filesEndingWith('.ics');
    expect(files.length).toBeGreaterThan(1_000);
    const budget = budgets.icsBytes(occurrences);
    const over = files
      .map((file) => ({ file, bytes: statSync(path.join(scaleSiteDir, file)).size }))
      .filter((f) => f.bytes > budget)
      .map((f) => `${f.file} : ${String(f.bytes)} > ${String(budget)}`);
    expect(over).toEqual([]);
  });
});
