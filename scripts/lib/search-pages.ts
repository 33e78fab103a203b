/**
 * The pages the full-text search indexes: those whose layout marks their content with
 * `data-pagefind-body` (`indexed` in BaseLayout.astro: events, places, communes). Pagefind is
 * given only these files: the listings, which repeat them, are not even read (a third of the
 * build's indexing time at 50 000 occurrences). A test checks that every marked page matches.
 */
export const SEARCH_PAGES_GLOB = '{evenements,lieux,communes}/*/index.html';
