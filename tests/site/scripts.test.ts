import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages, weighPage } from '../../scripts/lib/page-weight.ts';
import { filesEndingWith } from '../support/read-dist.ts';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';

const builtSiteDir = useTestSite(territorySite).dist;

/*
 * The browser scripts import pure helpers of src/lib (filters, routes, words); the domain's zod
 * schemas stay on the build side (lib/domain/vocabulary.ts holds what the browser needs).
 *
 * One exception, on one page: the feed checker's worker (/partenaires/verifier/). It runs the
 * nightly run's own reading of a feed (src/lib/ingest/check-feed.ts), which validates every
 * occurrence against the domain's OccurrenceSchema before keeping it: a zod-free copy of that
 * rule in the browser could let the checker accept what the night refuses. Its cost is measured
 * by `npm run measure-checker` and held by the page's budget (README, budgets.test.ts); the worker
 * is a bundle of its own, so no other page's script changes because of it.
 */
const CHECKER_WORKER = /^feed-check-worker-[\w-]+\.js$/;

describe('the browser scripts of the built site', () => {
  it('carry no zod schema, but for the feed checker’s worker', async () => {
    const scripts = await filesEndingWith(path.join(builtSiteDir, '_astro'), '.js');
    expect(scripts.length).toBeGreaterThan(0);
    const withZod: string[] = [];
    for (const file of scripts) {
      const text = await readFile(path.join(builtSiteDir, '_astro', file), 'utf8');
      if (/\$ZodError|ZodError|_zod/.test(text)) withZod.push(file);
    }
    expect(withZod.filter((file) => !CHECKER_WORKER.test(file))).toEqual([]);
    expect(withZod.filter((file) => CHECKER_WORKER.test(file))).toHaveLength(1);
  });

  it('load the feed checker’s worker on the checker page only, and share no script with it', () => {
    const pages = listPages(builtSiteDir).map((url) => weighPage(builtSiteDir, url));
    const withWorker = pages
      .filter((page) => page.resources.some((file) => CHECKER_WORKER.test(path.basename(file))))
      .map((page) => page.url);
    expect(withWorker).toEqual(['/partenaires/verifier/']);
    // No chunk in common: the checker adds nothing to what any other page loads.
    const checkerScripts = new Set(
      pages.find((p) => p.url === '/partenaires/verifier/')?.resources.filter((f) => f.endsWith('.js')),
    );
    expect(checkerScripts.size).toBe(2);
    const sharing = pages
      .filter((p) => p.url !== '/partenaires/verifier/' && p.resources.some((f) => checkerScripts.has(f)))
      .map((p) => p.url);
    expect(sharing).toEqual([]);
  });
});
