/**
 * `node tests/support/measure-search.ts <dist> [words]`: serves a built site, searches `words`
 * (default « impots ») in Chromium and prints what the first search downloads, in kB gzip.
 * Works on a site built before this search existed too (Pagefind's own interface).
 */
import path from 'node:path';
import { launchBrowser } from './browser.ts';
import { recordDownloads } from './search-download.ts';
import { serveStatic } from './static-server.ts';

const [dist = 'dist', words = 'impots'] = process.argv.slice(2);
const server = await serveStatic(path.resolve(dist));
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/recherche/`, { waitUntil: 'networkidle' });
  const recording = recordDownloads(page);
  await page.locator('input[type="search"]').first().fill(words);
  // Either search interface: results listed, or Pagefind's own result items.
  await page.locator('[data-search-results] > li, .pf-result').first().waitFor({ timeout: 30_000 });
  const { files, totalBytes } = await recording.done();
  for (const f of files) console.log(`${(f.gzipBytes / 1024).toFixed(1).padStart(7)} kB  ${f.path}`);
  console.log(`${(totalBytes / 1024).toFixed(1).padStart(7)} kB  total of the first search for « ${words} » (gzip)`);
} finally {
  await browser.close();
  await server.close();
}
