import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSiteDir } from '../support/paths.ts';

const page = (url: string) => readFile(path.join(builtSiteDir, url, 'index.html'), 'utf8');

describe('the built site', () => {
  it.each(['/', '/accessibilite/', '/plan-du-site/', '/mentions-legales/'])(
    'has %s in French with one h1, a skip link and the accessibility link',
    async (url) => {
      const html = await page(url);
      expect(html).toMatch(/<html lang="fr"/);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html).toContain('href="#contenu"');
      expect(html).toContain('href="/accessibilite/"');
      expect(html).not.toMatch(/<script[^>]+src="https?:/);
      expect(html).not.toMatch(/fonts\.googleapis|@font-face/);
    },
  );

  it('states its accessibility compliance on the home page', async () => {
    expect(await page('/')).toMatch(/partiellement conforme/);
  });

  it('has a search index', async () => {
    const meta = await readFile(path.join(builtSiteDir, 'pagefind/pagefind-entry.json'), 'utf8');
    expect(JSON.parse(meta)).toHaveProperty('languages.fr');
  });
});
