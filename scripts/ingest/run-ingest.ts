import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { checkReferences, type ContentBundle, type Source, type SourceStatus } from '../../src/lib/domain/index.ts';
import { dedupeOccurrences } from '../../src/lib/ingest/dedupe.ts';
import { feedWindowAround } from '../../src/lib/ingest/feed-window.ts';
import { feedParsers } from '../../src/lib/ingest/parse-feed.ts';
import type { FeedParsers } from '../../src/lib/ingest/types.ts';
import { toZonedIso } from '../../src/lib/time/zoned-time.ts';
import { ContentError, readContent } from '../../src/loaders/read-content.ts';
import type { FetchOptions } from './fetch-feed.ts';
import { removeLeftoverTempFiles } from './atomic-file.ts';
import { CACHE_DIR, removeUnusedCache } from './raw-cache.ts';
import { acquireRunLock, type LockHolder, type LockOptions } from './run-lock.ts';
import { runSource, type RunContext, type SourceReport } from './run-source.ts';
import { readSourceEvents, readStatusFile, setAsideFile, writeStatusFile } from './write-source.ts';

/** Options of one ingest run. */
export interface IngestOptions {
  contentDir: string;
  now: Date;
  /** Only this source id (the others keep their files and status lines). */
  only?: string | undefined;
  /** No network: remote sources keep their last data. */
  offline?: boolean;
  /** Sources read at the same time. */
  concurrency?: number;
  parsers?: FeedParsers;
  fetchOptions?: Partial<FetchOptions>;
  /** Called as each source finishes. */
  onSource?: (report: SourceReport) => void;
  /** How long to wait for another run holding the lock, and when its lock is stale. */
  lock?: Partial<LockOptions>;
}

/** What a run did, for the summary. */
export interface IngestSummary {
  reports: SourceReport[];
  /** Event files removed because their source left the registry. */
  removed: string[];
  /** Temporary files a crashed run had left, removed at the start. */
  cleaned: string[];
  /** The lock of a crashed run, taken over at the start, if any. */
  recoveredLock: LockHolder | null;
  /** A damaged `status.json`, set aside (path relative to content/), if any. */
  statusSetAside: string | null;
  /** Occurrences over all files, and how many are cross-source duplicates merged at build time. */
  occurrences: number;
  duplicates: number;
}

/** The registry cannot be used: nothing was read or written. */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
}

async function loadRegistry(contentDir: string): Promise<ContentBundle> {
  let content: ContentBundle;
  try {
    content = await readContent(contentDir);
  } catch (cause) {
    if (cause instanceof ContentError) throw new RegistryError(cause.message, { cause });
    throw new RegistryError(`Contenu illisible dans ${contentDir} : ${String(cause)}`, { cause });
  }
  const problems = checkReferences(content).filter((p) => p.file.startsWith('sources.yaml'));
  if (problems.length > 0) throw new RegistryError(problems.map((p) => `${p.file} : ${p.message}`).join('\n'));
  return content;
}

/** Runs `task` over `items`, at most `limit` at a time; results in input order. */
async function mapPooled<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function removeOrphans(contentDir: string, sources: readonly Source[]): Promise<string[]> {
  const known = new Set(sources.map((s) => `${s.id}.json`));
  const dir = path.join(contentDir, 'events');
  const names = await readdir(dir).catch(() => [] as string[]);
  const orphans = names.filter((n) => n.endsWith('.json') && !known.has(n)).sort();
  await Promise.all(orphans.map((n) => rm(path.join(dir, n))));
  return orphans.map((n) => n.slice(0, -5));
}

/** Counts every source's occurrences (a file that cannot be read counts for none). */
async function countAll(contentDir: string, sources: readonly Source[]) {
  const files = await Promise.all(sources.map((s) => readSourceEvents(contentDir, s.id)));
  const all = files.flatMap((f) => f?.occurrences ?? []);
  return { occurrences: all.length, duplicates: all.length - dedupeOccurrences(all).length };
}

/** The previous status lines by source; a damaged `status.json` is set aside and read as none. */
async function previousStatuses(contentDir: string, nowIso: string) {
  const previous = await readStatusFile(contentDir);
  if (previous.kind === 'damaged') {
    return { byId: new Map<string, SourceStatus>(), setAside: await setAsideFile(contentDir, 'status.json', nowIso) };
  }
  const lines = previous.kind === 'ok' ? previous.data.sources : [];
  return { byId: new Map(lines.map((s) => [s.sourceId, s])), setAside: null };
}

/**
 * The nightly ingest: reads the registry, takes the run lock (one run at a time per content
 * folder; a crashed run's lock and temporary files are cleared), runs every enabled source
 * (bounded concurrency), writes each source's file and `status.json`. Throws RegistryError when
 * the registry is unusable and RunLockedError when another run holds the lock; a failing source
 * is reported and keeps its previous data.
 */
export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const { contentDir } = options;
  const content = await loadRegistry(contentDir);
  if (options.only !== undefined && !content.sources.some((s) => s.id === options.only)) {
    throw new RegistryError(`Source inconnue « ${options.only} » : elle n’est pas dans sources.yaml.`);
  }
  const lock = await acquireRunLock(contentDir, options.lock);
  try {
    const cleaned = await removeLeftoverTempFiles(['', 'events', CACHE_DIR].map((dir) => path.join(contentDir, dir)));
    return { ...(await runLocked(content, options)), cleaned, recoveredLock: lock.recovered };
  } finally {
    await lock.release();
  }
}

async function runLocked(content: ContentBundle, options: IngestOptions) {
  const { contentDir, now } = options;
  const selected = content.sources.filter((s) => s.enabled && (options.only === undefined || s.id === options.only));
  const nowIso = toZonedIso(now.getTime());
  const previous = await previousStatuses(contentDir, nowIso);
  const context: RunContext = {
    contentDir,
    content,
    now,
    nowIso,
    window: feedWindowAround(now),
    offline: options.offline ?? false,
    parsers: options.parsers ?? feedParsers,
    fetchOptions: options.fetchOptions ?? {},
    previousStatus: previous.byId,
  };
  const reports = await mapPooled(selected, options.concurrency ?? 4, async (source) => {
    const report = await runSource(source, context);
    options.onSource?.(report);
    return report;
  });
  const statuses = new Map<string, SourceStatus>();
  for (const source of content.sources) {
    const kept = previous.byId.get(source.id);
    if (kept !== undefined) statuses.set(source.id, kept);
  }
  for (const report of reports) statuses.set(report.source.id, report.status);
  await writeStatusFile(contentDir, { generatedAt: nowIso, sources: [...statuses.values()] });
  const removed = options.only === undefined ? await removeOrphans(contentDir, content.sources) : [];
  if (options.only === undefined) await removeUnusedCache(contentDir, content.sources);
  return { reports, removed, statusSetAside: previous.setAside, ...(await countAll(contentDir, content.sources)) };
}
