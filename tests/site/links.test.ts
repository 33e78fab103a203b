import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeOf } from '../../src/lib/site/routes.ts';
import { filesEndingWith } from '../support/read-dist.ts';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';

const builtSiteDir = useTestSite(territorySite).dist;

/*
 * Every link of the built site, walked page by page: each in-site href, src or form action
 * resolves to a built file (and its #fragment to an element of that page), and each matches a
 * pattern of src/lib/site/routes.ts, so a URL written outside routes.ts is caught.
 */
interface Link {
  /** The page or file it was found in. */
  from: string;
  /** The site path, with its fragment (`/carte/#fablab-janze`). */
  url: string;
}

let files = new Set<string>();
let htmlFiles: string[] = [];
let origin = '';

beforeAll(async () => {
  files = new Set(await filesEndingWith(builtSiteDir, ''));
  htmlFiles = [...files].filter((f) => f.endsWith('.html'));
  const robots = await readFile(path.join(builtSiteDir, 'robots.txt'), 'utf8');
  origin = new URL(/^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '').origin;
});

const read = (file: string) => readFile(path.join(builtSiteDir, file), 'utf8');
const decode = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&#38;', '&');

/** The site path of a link, or `null` when it leaves the site (another host, mailto:, tel:). */
function sitePath(value: string, from: string): string | null {
  if (value.startsWith('#')) return `${pageUrl(from)}${value}`;
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  if (value.startsWith(`${origin}/`)) return value.slice(origin.length);
  // A calendar subscription (webcal://<site host>/agenda.ics) is a link to the site's file.
  const webcal = `webcal://${new URL(origin).host}/`;
  if (value.startsWith(webcal)) return value.slice(webcal.length - 1);
  return null;
}

/** The ids of a page's elements (exactly `id="…"`, not `data-…-id`). */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? ''));

/** `/lieux/x/` for `lieux/x/index.html`. */
const pageUrl = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** The built file a site path is served from. */
const fileOf = (url: string) => {
  const pathname = decodeURIComponent(url.split('#')[0] ?? '');
  return (pathname.endsWith('/') ? `${pathname}index.html` : pathname).slice(1);
};

async function linksOfPages(): Promise<Link[]> {
  const links: Link[] = [];
  for (const from of htmlFiles) {
    const html = await read(from);
    for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      const url = sitePath(decode(m[1] ?? ''), from);
      if (url !== null) links.push({ from, url });
    }
  }
  return links;
}

/** Links for machines: RSS items, the sitemap, the pages named by the open data. */
async function linksOfFeeds(): Promise<Link[]> {
  const found = async (from: string, pattern: RegExp) =>
    [...(await read(from)).matchAll(pattern)].flatMap((m) => {
      const url = sitePath(decode(m[1] ?? ''), from);
      return url === null ? [] : [{ from, url }];
    });
  const calendars = await filesEndingWith(builtSiteDir, '.ics');
  const inCalendars = await Promise.all(
    calendars.map(async (file) => {
      const unfolded = (await read(file)).replace(/\r\n[ \t]/g, '');
      return [...unfolded.matchAll(/^URL:(\S+)$|(https?:\/\/\S+?)(?:\\n|\r?$)/gm)].flatMap((m) => {
        const url = sitePath(m[1] ?? m[2] ?? '', file);
        return url === null ? [] : [{ from: file, url }];
      });
    }),
  );
  const jsonLd = (
    await Promise.all(htmlFiles.map(async (file) => found(file, /"(?:url|@id)":"(https?:[^"]+)"/g)))
  ).flat();
  return [
    ...inCalendars.flat(),
    ...jsonLd,
    ...(await found('rss.xml', /<link>([^<]+)<\/link>/g)),
    ...(await found('sitemap-0.xml', /<loc>([^<]+)<\/loc>/g)),
    ...(await found('donnees/evenements.json', /"page": "([^"]+)"/g)),
    ...(await found('donnees/lieux.json', /"page": "([^"]+)"/g)),
  ];
}

const unique = (links: Link[]) => [...new Map(links.map((l) => [l.url, l])).values()];

describe('the links of the built site', () => {
  it('finds the links of every page type', async () => {
    const urls = new Set((await linksOfPages()).map((l) => l.url));
    for (const url of ['/', '/agenda/page-2/', '/lieux/mediatheque-janze/', '/carte/#fablab-janze', '/agenda.ics'])
      expect(urls.has(url), url).toBe(true);
    expect(urls.has('/agenda/janze.ics'), 'a commune’s calendar, linked from its pages').toBe(true);
  });

  it('finds the links of the calendars and of the structured data', async () => {
    const froms = new Set((await linksOfFeeds()).map((l) => l.from));
    expect(froms.has('agenda.ics')).toBe(true);
    expect([...froms].some((f) => f.startsWith('lieux/'))).toBe(true);
  });

  it('lead to a built file, in the pages and in the feeds', async () => {
    const links = unique([...(await linksOfPages()), ...(await linksOfFeeds())]);
    const broken = links.filter((l) => !files.has(fileOf(l.url))).map((l) => `${l.from} → ${l.url}`);
    expect(broken).toEqual([]);
  });

  it('lead to an element of the page they name with their #fragment', async () => {
    const targets = unique(await linksOfPages()).filter((l) => l.url.includes('#'));
    const missing: string[] = [];
    for (const link of targets) {
      const [, fragment = ''] = link.url.split('#');
      if (!idsOf(await read(fileOf(link.url))).has(fragment)) missing.push(`${link.from} → ${link.url}`);
    }
    expect(targets.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('are each built by src/lib/site/routes.ts', async () => {
    const links = unique([...(await linksOfPages()), ...(await linksOfFeeds())]);
    const strays = links
      .filter((l) => !l.url.startsWith('#') && routeOf(l.url) === undefined && !isSkipLink(l.url))
      .map((l) => `${l.from} → ${l.url}`);
    expect(strays).toEqual([]);
  });
});

/** The skip link of every page (`#contenu`), a fragment of the page itself. */
const isSkipLink = (url: string) => url.endsWith('#contenu');
