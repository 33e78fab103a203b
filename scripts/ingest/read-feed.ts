import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Source, SourceStatus } from '../../src/lib/domain/index.ts';
import { FeedError } from './feed-errors.ts';
import { fetchFeed, type FetchOptions, type FetchResult } from './fetch-feed.ts';

/** How a source's bytes were obtained, or why not. */
export type FeedBytes =
  | FetchResult
  | { kind: 'file'; body: Uint8Array }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string; httpStatus: number | null };

/** What `readFeedBytes` needs besides the source. */
export interface ReadFeedContext {
  contentDir: string;
  offline: boolean;
  fetchOptions: Partial<FetchOptions>;
  /** Last status of the source: its validators make the request conditional. */
  previous: SourceStatus | undefined;
  /** Whether a previous file exists (without one, a 304 would leave nothing: no validators sent). */
  hasPreviousData: boolean;
}

/** Reads a local feed (`path` under content/) or fetches a remote one; never throws for a feed problem. */
export async function readFeedBytes(source: Source, context: ReadFeedContext): Promise<FeedBytes> {
  if (source.path !== undefined) {
    try {
      const body = await readFile(path.join(context.contentDir, source.path));
      return { kind: 'file', body };
    } catch (cause) {
      const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
      const detail = missing ? 'fichier introuvable' : String(cause);
      return { kind: 'failed', message: `Lecture impossible de ${source.path} : ${detail}.`, httpStatus: null };
    }
  }
  if (context.offline || source.url === undefined) return { kind: 'offline' };
  const validators = context.hasPreviousData
    ? { etag: context.previous?.etag ?? null, lastModified: context.previous?.lastModified ?? null }
    : {};
  try {
    return await fetchFeed({ sourceId: source.id, url: source.url, ...validators }, context.fetchOptions);
  } catch (error) {
    if (error instanceof FeedError) return { kind: 'failed', message: error.message, httpStatus: error.httpStatus };
    throw error;
  }
}
