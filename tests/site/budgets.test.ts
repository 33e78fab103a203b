import { beforeAll, describe, expect, it } from 'vitest';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';
import { listPages, weighPage, type PageWeight } from '../support/page-weight.ts';

/*
 * The budgets of DESIGN.md over EVERY page of the built site, classified by URL, so pages added
 * by any branch are covered: transfer size (gzip, map tiles excluded), JavaScript, requests, DOM size.
 */
const KB = 1024;
const isHome = (url: string) => url === '/';
const isMap = (url: string) => url.startsWith('/carte/');
/** Listing pages (agenda, months, directory, communes, map list, programme) may hold up to 600 elements. */
const LISTINGS = ['/agenda/', '/annuaire/', '/communes/', '/carte/', '/programme/'];
const isListing = (url: string) => LISTINGS.some((prefix) => url.startsWith(prefix));

const sizeBudget = (url: string) => (isHome(url) ? 60 * KB : isMap(url) ? 120 * KB : 40 * KB);
const elementBudget = (url: string) => (isListing(url) ? 600 : 380);

const builtSiteDir = useTestSite(territorySite).dist;
let pages: PageWeight[] = [];
beforeAll(() => {
  pages = listPages(builtSiteDir).map((url) => weighPage(builtSiteDir, url));
});

const over = (list: PageWeight[], measure: (p: PageWeight) => number, budget: (url: string) => number) =>
  list
    .filter((p) => measure(p) > budget(p.url))
    .map((p) => `${p.url} : ${String(measure(p))} > ${String(budget(p.url))}`);

describe('the budgets of every built page', () => {
  it('weighs every page type of the site', () => {
    const urls = pages.map((p) => p.url);
    for (const url of ['/', '/annuaire/', '/carte/', '/accessibilite/']) expect(urls).toContain(url);
    expect(urls.some((u) => u.startsWith('/lieux/'))).toBe(true);
    expect(urls.some((u) => /^\/communes\/[^/]+\/$/.test(u))).toBe(true);
  });

  it('keeps the transfer size under 60 KB on the home page, 120 KB on the map, 40 KB elsewhere', () => {
    expect(over(pages, (p) => p.transferBytes, sizeBudget)).toEqual([]);
  });

  it('ships no JavaScript on pages without an interactive part', () => {
    const offenders = pages.filter((p) => p.customElements.length === 0 && p.jsBytes > 0).map((p) => p.url);
    expect(offenders).toEqual([]);
  });

  it('makes at most 15 requests per page', () => {
    expect(
      over(
        pages,
        (p) => p.requests,
        () => 15,
      ),
    ).toEqual([]);
  });

  it('keeps at most 380 elements on content pages and 600 on listing pages', () => {
    expect(over(pages, (p) => p.elements, elementBudget)).toEqual([]);
  });

  it('loads the map library only on the map page', () => {
    const withLeaflet = pages.filter((p) => p.resources.some((r) => /leaflet/i.test(r))).map((p) => p.url);
    expect(withLeaflet).toEqual(['/carte/']);
  });
});
