/** What a built site weighs: `dist/`, its largest calendar file, its largest and most crowded pages. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { listPages, weighPage, type PageWeight } from '../../lib/page-weight.ts';

export interface SiteWeight {
  /** Bytes of every file of `dist/` (the search index included). */
  distBytes: number;
  /** HTML pages. */
  pages: number;
  /** The largest `.ics` file: its path in the site and its bytes. */
  largestIcs: { path: string; bytes: number } | null;
  /** The page with the largest HTML (gzip), with its DOM elements. */
  largestPage: { url: string; htmlBytes: number; transferBytes: number; elements: number };
  /** The page with the most DOM elements. */
  mostElements: { url: string; elements: number };
  /** The mean page: bytes of its HTML as written (not compressed) and its DOM elements. */
  meanPage: { bytes: number; elements: number };
  /** The mean bytes of the data files Astro wrote besides its pages (`.ics`, `.json`, `.csv`, `.txt`, `rss.xml`). */
  meanDataBytes: number;
}

async function filesOf(dir: string): Promise<{ file: string; bytes: number }[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const file = path.join(e.parentPath, e.name);
        return { file, bytes: (await stat(file)).size };
      }),
  );
}

/** Files an endpoint wrote: data, not bundled assets, the search index or the sitemap's integration. */
const isData = (rel: string) =>
  /\.(ics|json|csv|txt|xml)$/.test(rel) && !/^(_astro|pagefind)\//.test(rel) && !rel.startsWith('sitemap-');

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : Math.round(values.reduce((a, b) => a + b, 0) / values.length);

const largest = <T>(list: readonly T[], measure: (item: T) => number): T | undefined =>
  list.reduce<T | undefined>(
    (best, item) => (best === undefined || measure(item) > measure(best) ? item : best),
    undefined,
  );

/** Weighs the site built in `dist`. */
export async function weighSite(dist: string): Promise<SiteWeight> {
  const files = await filesOf(dist);
  const ics = largest(
    files.filter((f) => f.file.endsWith('.ics')),
    (f) => f.bytes,
  );
  const pages: PageWeight[] = listPages(dist).map((url) => weighPage(dist, url));
  const big = largest(pages, (p) => p.htmlBytes) as PageWeight;
  const crowded = largest(pages, (p) => p.elements) as PageWeight;
  const html = files.filter((f) => f.file.endsWith(`${path.sep}index.html`));
  const data = files.filter((f) => isData(path.relative(dist, f.file).split(path.sep).join('/')));
  return {
    distBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    pages: pages.length,
    largestIcs: ics === undefined ? null : { path: `/${path.relative(dist, ics.file)}`, bytes: ics.bytes },
    largestPage: { url: big.url, htmlBytes: big.htmlBytes, transferBytes: big.transferBytes, elements: big.elements },
    mostElements: { url: crowded.url, elements: crowded.elements },
    meanPage: { bytes: mean(html.map((f) => f.bytes)), elements: mean(pages.map((p) => p.elements)) },
    meanDataBytes: mean(data.map((f) => f.bytes)),
  };
}
