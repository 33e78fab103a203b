import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusText } from '../../src/lib/site/strings/status.ts';
import { filesEndingWith } from '../support/read-dist.ts';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';

const builtSiteDir = useTestSite(territorySite).dist;

/* « Annulé » is one word in one mark on every page: agenda lines, event dates, sessions, map, programmes. */
describe('the status marks of the built site', () => {
  it('write every « Annulé » of the pages as the one status mark', async () => {
    const pages = await filesEndingWith(builtSiteDir, '.html');
    const marks: string[] = [];
    for (const page of pages) {
      const html = await readFile(path.join(builtSiteDir, page), 'utf8');
      for (const m of html.matchAll(new RegExp(`<[^<]*>\\s*${statusText.cancelled}\\s*<`, 'g')))
        marks.push(`${page} : ${m[0]}`);
    }
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => !m.endsWith(`<strong class="status-mark">${statusText.cancelled}<`))).toEqual([]);
  });
});
