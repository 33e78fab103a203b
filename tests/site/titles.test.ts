import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TITLE_MAX, TITLE_MAX_LENGTH } from '../../src/lib/site/page-title.ts';
import { commonText } from '../../src/lib/site/strings/common.ts';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';
import { filesEndingWith } from '../support/read-dist.ts';

/*
 * The `<title>` of every built page (issues 12 and 13): unique across the site — the later
 * pages of a listing, two series of the same name — and short enough to read whole in a tab or
 * a search result: at most TITLE_MAX characters before « – Repères numériques ».
 */
const SUFFIX = ` – ${commonText.siteName}`;
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e);

const builtSiteDir = useTestSite(territorySite).dist;
let titles: { page: string; title: string; written: string }[] = [];

beforeAll(async () => {
  const pages = await filesEndingWith(builtSiteDir, 'index.html');
  titles = await Promise.all(
    pages.map(async (page) => {
      const html = await readFile(path.join(builtSiteDir, page), 'utf8');
      const written = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
      return { page: `/${page.replace(/index\.html$/, '')}`, title: decode(written), written };
    }),
  );
});

describe('the page titles of the built site', () => {
  it('reads a title on every page', () => {
    expect(titles.length).toBeGreaterThan(300);
    expect(titles.filter((t) => t.title.trim() === '').map((t) => t.page)).toEqual([]);
  });

  it('gives every page its own title', () => {
    const pagesByTitle = new Map<string, string[]>();
    for (const { page, title } of titles) pagesByTitle.set(title, [...(pagesByTitle.get(title) ?? []), page]);
    const shared = [...pagesByTitle]
      .filter(([, pages]) => pages.length > 1)
      .map(([title, pages]) => `${title} : ${pages.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it(`keeps each title within ${String(TITLE_MAX)} characters before the site name`, () => {
    const long = titles
      .filter(({ page }) => page !== '/')
      .map(({ page, title }) => ({ page, before: title.endsWith(SUFFIX) ? title.slice(0, -SUFFIX.length) : title }))
      .filter(({ before }) => before.length > TITLE_MAX)
      .map(({ page, before }) => `${page} (${String(before.length)}) : ${before}`);
    expect(long).toEqual([]);
  });

  it(`writes each whole title, site name included, in ${String(TITLE_MAX_LENGTH)} characters at most`, () => {
    const long = titles
      .filter(({ written }) => Array.from(written).length > TITLE_MAX_LENGTH)
      .map(({ page, written }) => `${page} : ${written}`);
    expect(long).toEqual([]);
  });

  it('says the page number and the month in the titles of a listing', () => {
    const titleOf = (page: string) => titles.find((t) => t.page === page)?.title;
    expect(titleOf('/agenda/page-2/')).toBe(`Agenda, page 2${SUFFIX}`);
    const months = titles.filter((t) => /^\/agenda\/\d{4}-\d{2}\/page-2\/$/.test(t.page));
    expect(months.length).toBeGreaterThan(0);
    for (const { page, title } of months) expect(title, page).toMatch(/^Agenda d.+ \d{4}, page 2 – /);
  });
});
