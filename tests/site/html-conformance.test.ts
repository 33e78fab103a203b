import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeOf } from '../../src/lib/site/routes.ts';
import { PAGE_TYPES } from '../support/page-types.ts';
import { root } from '../support/paths.ts';
import { filesEndingWith } from '../support/read-dist.ts';
import { useServedSite, useTestSite } from '../support/use-served-site.ts';
import { territorySite } from '../support/shared-site.ts';

/*
 * Every built page read by a validator nobody here wrote: html-validate with its recommended
 * rules (`.htmlvalidate.mjs` at the root: none turned off), and the one fault of the Nu HTML
 * checker that html-validate does not see, an element after `</html>` (« Stray start tag »).
 */

/** The territory site: content/ as shipped, demo feeds and all (tests/support/shared-site.ts). */
const builtSiteDir = useTestSite(territorySite).dist;
let pages: string[] = [];
/*
 * The project's configuration, given explicitly: html-validate would otherwise look for it from
 * each page's folder up, and validate a site built outside the repository with no rule at all.
 */
let validator: HtmlValidate;
beforeAll(async () => {
  pages = (await filesEndingWith(builtSiteDir, '.html')).filter((f) => !f.startsWith('pagefind/'));
  const config = ((await import(path.join(root, '.htmlvalidate.mjs'))) as { default: ConfigData }).default;
  validator = new HtmlValidate(new StaticConfigLoader(config));
});

const urlOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const read = (file: string) => readFile(path.join(builtSiteDir, file), 'utf8');

describe('the HTML of every built page', () => {
  it('covers every page type of the site', () => {
    const types = new Set(pages.map((f) => routeOf(urlOf(f))));
    expect(PAGE_TYPES.filter((type) => !types.has(type))).toEqual([]);
  });

  it('has no error for html-validate’s recommended rules', async () => {
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(path.join(builtSiteDir, file));
      for (const result of report.results)
        errors.push(
          ...result.messages.map((m: Message) => `${urlOf(file)}:${String(m.line)} ${m.ruleId} ${m.message}`),
        );
    }
    expect(pages.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });

  it('uses the project’s .htmlvalidate.mjs, which flags what this suite is here to catch', async () => {
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="fr"><head><title>x</title></head><body><div style="color: red">x</div> \n</body></html>',
      '/tmp/sample.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m: Message) => m.ruleId));
    expect(rules).toContain('no-inline-style');
    expect(rules).toContain('no-trailing-whitespace');
  });

  it('ends with </html>: no script or other element after the document', async () => {
    const stray: string[] = [];
    for (const file of pages) if (!/<\/html>\s*$/.test(await read(file))) stray.push(urlOf(file));
    expect(stray).toEqual([]);
  });
});

describe('the search’s theme filter, declared without <meta> in the page body', () => {
  const site = useServedSite(territorySite);

  it('still offers the themes of the place pages', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/recherche/`);
    // A string, not a function: the test runner would rewrite `import()` inside a function.
    const filters = await page.evaluate<Record<string, Record<string, number> | undefined>>(
      `import('${site.url}/pagefind/pagefind.js').then((pagefind) => pagefind.filters())`,
    );
    await page.close();
    expect(filters['thème']?.['Démarches en ligne']).toBeGreaterThan(0);
    expect(filters['thème']?.['Fabriquer, créer']).toBeGreaterThan(0);
  });
});
