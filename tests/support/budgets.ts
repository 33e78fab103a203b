import type { PageWeight } from '../../scripts/lib/page-weight.ts';
import { CHECKER_PAGE, checkerJsBudget } from './checker-budget.ts';

/*
 * The budgets of DESIGN.md, by URL: transfer size (gzip, map tiles excluded), requests, DOM
 * elements, calendar files. Read by the budget tests of the demo site and of the generated
 * territory (scale b).
 */
const KB = 1024;
const MB = 1024 * KB;
const isHome = (url: string) => url === '/';
const isMap = (url: string) => url.startsWith('/carte/');
/** Listing pages (agenda, months, directory, communes, map list, programme) may hold up to 600 elements. */
const LISTINGS = ['/agenda/', '/annuaire/', '/communes/', '/carte/', '/programme/'];
const isListing = (url: string) => LISTINGS.some((prefix) => url.startsWith(prefix));
/** The feed checker carries the nightly run's parser: its budget is the README's, plus a content page's. */
const isChecker = (url: string) => url === CHECKER_PAGE;

export const budgets = {
  transferBytes: (url: string) =>
    isHome(url) ? 60 * KB : isMap(url) ? 120 * KB : isChecker(url) ? checkerJsBudget() + 40 * KB : 40 * KB,
  elements: (url: string) => (isListing(url) ? 600 : 380),
  requests: () => 15,
  /** Largest calendar file: 1 MB with the demo data, 3 MB at 10 000 occurrences a year. */
  icsBytes: (occurrences: number) => (occurrences > 2_000 ? 3 * MB : MB),
};

/** The pages over a budget, each as `url : measure > budget`. */
export function overBudget(
  pages: readonly PageWeight[],
  measure: (p: PageWeight) => number,
  budget: (url: string) => number,
): string[] {
  return pages
    .filter((p) => measure(p) > budget(p.url))
    .map((p) => `${p.url} : ${String(measure(p))} > ${String(budget(p.url))}`);
}
