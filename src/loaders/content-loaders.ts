/**
 * Astro loaders over `read-content.ts`, the one reader of `content/`. Each reads and validates
 * everything first and only then replaces the store: a file that cannot be read or parsed fails
 * the build with its name, and the previous entries are never cleared for nothing.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import {
  HISTORY_FILE,
  readCommunes,
  readIndicatorHistory,
  readPlaces,
  readSources,
  readStatus,
  readTaxonomy,
} from './read-content.ts';

/** One entry of a collection: its id, its data as validated by read-content, and a body for Markdown. */
interface Entry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
}

/**
 * A loader that reads its entries with `read`, then replaces the store with them. `watched`: the
 * files or folders the dev server watches.
 */
function contentLoader(name: string, read: () => Promise<Entry[]>, watched: string): Loader {
  return {
    name: `reperes-${name}`,
    load: async ({ store, watcher }: LoaderContext) => {
      const entries = await read();
      // Validated by read-content with the same schemas as the collection: not parsed twice.
      store.clear();
      for (const entry of entries) store.set(entry);
      watcher?.add(watched);
    },
  };
}

const record = (value: object) => value as Record<string, unknown>;

/** `communes.json`, one entry per commune keyed by INSEE code. */
export const communesLoader = (contentDir: string) =>
  contentLoader(
    'communes',
    async () => (await readCommunes(contentDir)).map((c) => ({ id: c.insee, data: record(c) })),
    path.join(contentDir, 'communes.json'),
  );

/** `places/*.md`, keyed by file name, the Markdown body kept as `body`. */
export const placesLoader = (contentDir: string) =>
  contentLoader(
    'places',
    async () =>
      (await readPlaces(contentDir)).map(({ id, description, ...data }) => ({
        id,
        data: record(data),
        body: description,
      })),
    path.join(contentDir, 'places'),
  );

/** `sources.yaml`, keyed by source id, in file order. */
export const sourcesLoader = (contentDir: string) =>
  contentLoader(
    'sources',
    async () => (await readSources(contentDir)).map((s) => ({ id: s.id, data: record(s) })),
    path.join(contentDir, 'sources.yaml'),
  );

/** `taxonomy.yaml`, one entry `taxonomy`. */
export const taxonomyLoader = (contentDir: string) =>
  contentLoader(
    'taxonomy',
    async () => [{ id: 'taxonomy', data: record(await readTaxonomy(contentDir)) }],
    path.join(contentDir, 'taxonomy.yaml'),
  );

/** `status.json`, one entry `status`, none before the first ingest. */
export const statusLoader = (contentDir: string) =>
  contentLoader(
    'status',
    async () => {
      const status = await readStatus(contentDir);
      return status === null ? [] : [{ id: 'status', data: record(status) }];
    },
    path.join(contentDir, 'status.json'),
  );

/** `indicators/history.json`, one entry `history` (an empty history before the first night). */
export const indicatorsLoader = (contentDir: string) =>
  contentLoader(
    'indicators',
    async () => [{ id: 'history', data: record(await readIndicatorHistory(contentDir)) }],
    path.join(contentDir, HISTORY_FILE),
  );
