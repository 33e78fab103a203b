import path from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_PAGES_GLOB } from './lib/search-pages.ts';

/**
 * Builds the Pagefind full-text index over a built site (default `dist/`, or the folder given as
 * first argument, or REPERES_OUT_DIR). Only what pages mark with `data-pagefind-body` is indexed,
 * and only the pages that may mark it are read (`SEARCH_PAGES_GLOB`).
 */
async function main(): Promise<void> {
  const site = path.resolve(process.argv[2] ?? process.env['REPERES_OUT_DIR'] ?? 'dist');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind n'a pas pu démarrer : ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: SEARCH_PAGES_GLOB });
  if (added.errors.length > 0) throw new Error(`Pagefind : ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind : ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`Index de recherche : ${added.page_count} pages indexées dans ${path.join(site, 'pagefind')}`);
}

main().catch((error: unknown) => {
  console.error(new Error("Échec de l'indexation Pagefind.", { cause: error }));
  process.exit(1);
});
