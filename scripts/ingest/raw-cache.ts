import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Source } from '../../src/lib/domain/index.ts';
import { writeFileAtomic } from './atomic-file.ts';

/**
 * The last body accepted from each remote source, kept in `content/cache/` and committed with the
 * events, so that the nightly job (a fresh checkout) can answer a 304 by reading it again with the
 * night's window: `<id>.ics` or `<id>.csv` (the bytes as received) beside `<id>.json` (their
 * SHA-256, size and validators). Local files (`path:`) are read every night themselves.
 */
export const CACHE_DIR = 'cache';

const CacheMetaSchema = z.strictObject({
  sourceId: z.string(),
  format: z.enum(['ics', 'csv']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
});
type CacheMeta = z.infer<typeof CacheMetaSchema>;

/** A body accepted earlier, with the validators that go with it. */
export interface CachedFeed {
  body: Uint8Array;
  etag: string | null;
  lastModified: string | null;
}

const filesOf = (contentDir: string, source: Pick<Source, 'id' | 'format'>) => ({
  body: path.join(contentDir, CACHE_DIR, `${source.id}.${source.format}`),
  meta: path.join(contentDir, CACHE_DIR, `${source.id}.json`),
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw cause;
  }
}

async function readMeta(file: string): Promise<CacheMeta | null> {
  const bytes = await readOrNull(file);
  if (bytes === null) return null;
  try {
    const parsed = CacheMetaSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The cached body of a source with its validators, or `null` when there is none, or when the body
 * and its description disagree (a crash between the two writes, a hand edit): then the feed is
 * downloaded whole, without validators.
 */
export async function readCachedFeed(
  contentDir: string,
  source: Pick<Source, 'id' | 'format'>,
): Promise<CachedFeed | null> {
  const files = filesOf(contentDir, source);
  const [body, meta] = await Promise.all([readOrNull(files.body), readMeta(files.meta)]);
  if (body === null || meta === null || meta.format !== source.format || meta.sha256 !== sha256(body)) return null;
  return { body, etag: meta.etag, lastModified: meta.lastModified };
}

/**
 * Keeps a body just accepted: the bytes first, then their description (each written atomically,
 * and only when it changed, so an unchanged feed leaves git clean).
 */
export async function writeCachedFeed(
  contentDir: string,
  source: Pick<Source, 'id' | 'format'>,
  feed: CachedFeed,
): Promise<void> {
  const files = filesOf(contentDir, source);
  const meta: CacheMeta = {
    sourceId: source.id,
    format: source.format,
    sha256: sha256(feed.body),
    bytes: feed.body.length,
    etag: feed.etag,
    lastModified: feed.lastModified,
  };
  const previous = await readMeta(files.meta);
  const current = await readOrNull(files.body);
  if (current === null || sha256(current) !== meta.sha256) await writeFileAtomic(files.body, feed.body);
  if (JSON.stringify(previous) !== JSON.stringify(meta))
    await writeFileAtomic(files.meta, `${JSON.stringify(meta, null, 2)}\n`);
}

/** Removes cached bodies (and their descriptions) no remote source of the registry uses any more; returns their names. */
export async function removeUnusedCache(contentDir: string, sources: readonly Source[]): Promise<string[]> {
  const dir = path.join(contentDir, CACHE_DIR);
  const used = new Set(
    sources
      .filter((s) => s.url !== undefined)
      .flatMap((s) => [path.basename(filesOf(contentDir, s).body), path.basename(filesOf(contentDir, s).meta)]),
  );
  const names = await readdir(dir).catch(() => [] as string[]);
  const unused = names.filter((n) => /\.(?:ics|csv|json)$/.test(n) && !n.startsWith('.') && !used.has(n)).sort();
  await Promise.all(unused.map((n) => rm(path.join(dir, n), { force: true })));
  return unused;
}
