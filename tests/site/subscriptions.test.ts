import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesEndingWith } from '../support/read-dist.ts';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';

/*
 * A resident finds how to follow an agenda where they look for it: on their commune's page and its
 * agenda, on a theme's agenda and on the whole agenda, a webcal link, the https address to paste,
 * Google's page, and one sentence for Google, Outlook, Apple and Thunderbird.
 */

/** The territory site: content/ as shipped, demo feeds and all (tests/support/shared-site.ts). */
const builtSiteDir = useTestSite(territorySite).dist;
let origin = '';
beforeAll(async () => {
  const robots = await readFile(path.join(builtSiteDir, 'robots.txt'), 'utf8');
  origin = new URL(/^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '').origin;
});

const read = (file: string) => readFile(path.join(builtSiteDir, file), 'utf8');
const hrefs = (html: string) =>
  [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));

/** The subscription links of a page for the calendar `ics` (a site path). */
async function subscriptionOf(page: string, ics: string) {
  const html = await read(page);
  const links = hrefs(html);
  const host = new URL(origin).host;
  return {
    webcal: links.includes(`webcal://${host}${ics}`),
    https: links.includes(`${origin}${ics}`),
    google: links.some(
      (l) => l.startsWith('https://calendar.google.com/') && l.includes(encodeURIComponent(`webcal://${host}${ics}`)),
    ),
    howTo: ['Google', 'Outlook', 'Apple', 'Thunderbird'].every((app) => html.includes(app)),
  };
}

const all = { webcal: true, https: true, google: true, howTo: true };

describe('the subscription links', () => {
  it('are on the agenda, for the whole territory', async () => {
    expect(await subscriptionOf('agenda/index.html', '/agenda.ics')).toEqual(all);
    await access(path.join(builtSiteDir, 'agenda.ics'));
  });

  it('are on every commune’s page and its agenda, for that commune', async () => {
    const communes = (await filesEndingWith(path.join(builtSiteDir, 'communes'), 'index.html')).filter(
      (f) => f.split('/').length === 2,
    );
    expect(communes).toHaveLength(16);
    for (const file of communes) {
      const slug = file.split('/')[0] ?? '';
      const ics = `/agenda/${slug}.ics`;
      await access(path.join(builtSiteDir, ics));
      expect(await subscriptionOf(`communes/${file}`, ics), file).toEqual(all);
      expect(await subscriptionOf(`agenda/communes/${slug}/index.html`, ics), slug).toEqual(all);
    }
  });

  it('are on every theme’s agenda, for that theme', async () => {
    const themes = (await filesEndingWith(path.join(builtSiteDir, 'agenda/themes'), '.ics')).map((f) => f.slice(0, -4));
    expect(themes.length).toBeGreaterThanOrEqual(9);
    for (const theme of themes) {
      const page = `agenda/themes/${theme}/index.html`;
      expect(await subscriptionOf(page, `/agenda/themes/${theme}.ics`), theme).toEqual(all);
    }
  });
});
