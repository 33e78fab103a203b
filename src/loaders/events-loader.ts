import type { Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Loads every `<dir>/<source-id>.json` written by the ingest into one collection of occurrences,
 * keyed by occurrence id. Reads committed files only: it never fetches a feed.
 */
export function eventsLoader(dir: string): Loader {
  return {
    name: 'reperes-events',
    load: async (context) => {
      const { store, logger, watcher } = context;
      store.clear();
      let files: string[] = [];
      try {
        files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
      } catch (cause) {
        logger.warn(`aucun événement : dossier ${dir} illisible (${String(cause)})`);
      }
      for (const name of files) {
        const file = path.join(dir, name);
        const parsed = JSON.parse(await readFile(file, 'utf8')) as { occurrences?: Record<string, unknown>[] };
        for (const occurrence of parsed.occurrences ?? []) {
          const id = String(occurrence['id']);
          const data = await context.parseData({ id, data: occurrence, filePath: file });
          store.set({ id, data });
        }
      }
      watcher?.add(dir);
    },
  };
}
