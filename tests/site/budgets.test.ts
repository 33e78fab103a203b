import { beforeAll, describe, expect, it } from 'vitest';
import { budgets, overBudget } from '../support/budgets.ts';
import { CHECKER_PAGE, checkerJsBudget } from '../support/checker-budget.ts';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';
import { listPages, weighPage, type PageWeight } from '../../scripts/lib/page-weight.ts';

/*
 * The budgets of DESIGN.md over EVERY page of the built site, classified by URL, so pages added
 * by any branch are covered: transfer size (gzip, map tiles excluded), JavaScript, requests, DOM size.
 */
const builtSiteDir = useTestSite(territorySite).dist;
let pages: PageWeight[] = [];
beforeAll(() => {
  pages = listPages(builtSiteDir).map((url) => weighPage(builtSiteDir, url));
});

describe('the budgets of every built page', () => {
  it('weighs every page type of the site', () => {
    const urls = pages.map((p) => p.url);
    for (const url of ['/', '/annuaire/', '/carte/', '/accessibilite/']) expect(urls).toContain(url);
    expect(urls.some((u) => u.startsWith('/lieux/'))).toBe(true);
    expect(urls.some((u) => /^\/communes\/[^/]+\/$/.test(u))).toBe(true);
  });

  it('keeps the transfer size under 60 KB on the home page, 120 KB on the map, 40 KB elsewhere (the checker: its declared JavaScript on top)', () => {
    expect(overBudget(pages, (p) => p.transferBytes, budgets.transferBytes)).toEqual([]);
  });

  it('ships no JavaScript on pages without an interactive part', () => {
    const offenders = pages.filter((p) => p.customElements.length === 0 && p.jsBytes > 0).map((p) => p.url);
    expect(offenders).toEqual([]);
  });

  it('makes at most 15 requests per page', () => {
    expect(overBudget(pages, (p) => p.requests, budgets.requests)).toEqual([]);
  });

  it('keeps at most 380 elements on content pages and 600 on listing pages', () => {
    expect(overBudget(pages, (p) => p.elements, budgets.elements)).toEqual([]);
  });

  it('keeps the feed checker’s JavaScript within the budget the README declares', () => {
    const checker = pages.find((p) => p.url === CHECKER_PAGE);
    expect(checker?.customElements).toContain('feed-checker');
    expect(checker?.jsBytes).toBeGreaterThan(0);
    expect(checker?.jsBytes ?? Infinity).toBeLessThanOrEqual(checkerJsBudget());
  });

  it('loads the map library only on the map page', () => {
    const withLeaflet = pages.filter((p) => p.resources.some((r) => /leaflet/i.test(r))).map((p) => p.url);
    expect(withLeaflet).toEqual(['/carte/']);
  });
});
