import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Source } from '../../src/lib/domain/index.ts';
import { overBudgetMessages } from '../../src/lib/ingest/feed-budget.ts';
import { FeedError } from './feed-errors.ts';
import { fetchFeed, type FetchOptions } from './fetch-feed.ts';
import { readCachedFeed } from './raw-cache.ts';

/** A body to read tonight: downloaded, the cached one again after a 304, or a local file. */
export interface FeedBody {
  kind: 'body';
  via: 'download' | 'not-modified' | 'file';
  body: Uint8Array;
  httpStatus: number | null;
  /** Validators that go with this body (the cached ones after a 304, unless the server sent new ones). */
  etag: string | null;
  lastModified: string | null;
}

/** How a source's bytes were obtained tonight, or why not. */
export type FeedBytes =
  FeedBody | { kind: 'offline' } | { kind: 'failed'; message: string; detail: string; httpStatus: number | null };

/** What `readFeedBytes` needs besides the source. */
export interface ReadFeedContext {
  contentDir: string;
  offline: boolean;
  fetchOptions: Partial<FetchOptions>;
  /** The source's `budget.bytes`. */
  maxBytes: number;
}

async function readLocal(source: Source & { path: string }, context: ReadFeedContext): Promise<FeedBytes> {
  const file = path.join(context.contentDir, source.path);
  try {
    const { size } = await stat(file);
    if (size > context.maxBytes) {
      const detail = `${source.path} : ${size} octets > budget.bytes ${context.maxBytes}`;
      return { kind: 'failed', message: overBudgetMessages.bytes(context.maxBytes), detail, httpStatus: null };
    }
    return { kind: 'body', via: 'file', body: await readFile(file), httpStatus: null, etag: null, lastModified: null };
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? '';
    const reason = code === 'ENOENT' ? 'fichier introuvable' : 'fichier illisible';
    const message = `Lecture impossible de ${source.path} : ${reason}.`;
    return { kind: 'failed', message, detail: `${code} ${(cause as Error).message}`.trim(), httpStatus: null };
  }
}

/**
 * Reads a local feed (`path` under content/) or fetches a remote one, conditionally when a cached
 * body is there to be read again on a 304; never throws for a feed problem.
 */
export async function readFeedBytes(source: Source, context: ReadFeedContext): Promise<FeedBytes> {
  if (source.path !== undefined) return readLocal({ ...source, path: source.path }, context);
  if (context.offline || source.url === undefined) return { kind: 'offline' };
  // Validators are sent only with a body to fall back on: a 304 without one would leave nothing to read.
  const cached = await readCachedFeed(context.contentDir, source);
  const validators = cached === null ? {} : { etag: cached.etag, lastModified: cached.lastModified };
  try {
    const result = await fetchFeed(
      { sourceId: source.id, url: source.url, ...validators },
      { ...context.fetchOptions, maxBytes: context.maxBytes },
    );
    if (result.kind === 'fresh') return { ...result, kind: 'body', via: 'download' };
    if (cached === null) {
      const message =
        'Le serveur répond « inchangé » (HTTP 304) sans qu’on le lui demande : le flux n’a pas pu être lu.';
      return { kind: 'failed', message, detail: 'HTTP 304 sans requête conditionnelle', httpStatus: 304 };
    }
    return {
      kind: 'body',
      via: 'not-modified',
      body: cached.body,
      httpStatus: 304,
      etag: result.etag ?? cached.etag,
      lastModified: result.lastModified ?? cached.lastModified,
    };
  } catch (error) {
    if (error instanceof FeedError)
      return { kind: 'failed', message: error.message, detail: error.detail, httpStatus: error.httpStatus };
    throw error;
  }
}
