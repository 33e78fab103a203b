import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesEndingWith } from '../support/read-dist.ts';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';

const builtSiteDir = useTestSite(territorySite).dist;

/*
 * The browser scripts import pure helpers of src/lib (filters, routes, words); the domain's zod
 * schemas stay on the build side (lib/domain/vocabulary.ts holds what the browser needs).
 */
describe('the browser scripts of the built site', () => {
  it('carry no zod schema', async () => {
    const scripts = await filesEndingWith(path.join(builtSiteDir, '_astro'), '.js');
    expect(scripts.length).toBeGreaterThan(0);
    const withZod: string[] = [];
    for (const file of scripts) {
      const text = await readFile(path.join(builtSiteDir, '_astro', file), 'utf8');
      if (/\$ZodError|ZodError|_zod/.test(text)) withZod.push(file);
    }
    expect(withZod).toEqual([]);
  });
});
