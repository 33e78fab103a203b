import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** What the first search of a page downloads: each file with its gzip size, and the total. */
export interface SearchDownload {
  files: { path: string; gzipBytes: number }[];
  totalBytes: number;
}

/**
 * Records every file the page fetches from now on, each weighed gzipped (level 9, as a server
 * sends it; files Pagefind already compresses weigh what they weigh). `done()` waits for the
 * network to be idle and the bodies to be read, and gives the files and their total.
 */
export function recordDownloads(page: Page): { done: () => Promise<SearchDownload> } {
  const pending: Promise<void>[] = [];
  const files: SearchDownload['files'] = [];
  page.on('response', (response) => {
    // The browser asks for the site's icon on its own, whenever: not a download of the search.
    if (new URL(response.url()).pathname === '/favicon.svg') return;
    pending.push(
      response.body().then(
        (body) => {
          files.push({ path: new URL(response.url()).pathname, gzipBytes: gzipSync(body, { level: 9 }).length });
        },
        () => undefined,
      ),
    );
  });
  return {
    done: async () => {
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      return { files, totalBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
    },
  };
}

/**
 * Types `words` in the search field of a loaded `/recherche/` page and records every file the
 * search fetches until the network is idle.
 */
export async function firstSearchDownload(page: Page, words: string): Promise<SearchDownload> {
  await page.waitForLoadState('networkidle');
  const recording = recordDownloads(page);
  await page.getByRole('searchbox').fill(words);
  await page.locator('[data-search-status]', { hasText: `pour « ${words} »` }).waitFor({ timeout: 30_000 });
  return recording.done();
}
