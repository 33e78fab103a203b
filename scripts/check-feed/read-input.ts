import { readFile, stat } from 'node:fs/promises';
import { FeedError } from '../ingest/feed-errors.ts';
import { DEFAULT_FETCH_OPTIONS, fetchFeed } from '../ingest/fetch-feed.ts';

/** The feed's bytes, or the French reason they cannot be had. */
export type CheckInput = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Reads a file (within the size cap) or fetches a URL with the ingest's limits. */
export async function readCheckInput(target: string): Promise<CheckInput> {
  if (/^https?:\/\//i.test(target)) {
    try {
      const result = await fetchFeed({ sourceId: 'verification', url: target }, { retries: 1 });
      return result.kind === 'fresh'
        ? { ok: true, bytes: result.body }
        : { ok: false, message: 'Réponse 304 inattendue.' };
    } catch (error) {
      if (error instanceof FeedError) return { ok: false, message: error.message };
      throw error;
    }
  }
  try {
    const { size } = await stat(target);
    if (size > DEFAULT_FETCH_OPTIONS.maxBytes) {
      return {
        ok: false,
        message: `Le fichier dépasse ${DEFAULT_FETCH_OPTIONS.maxBytes / 1024 / 1024} Mo : il serait refusé.`,
      };
    }
    return { ok: true, bytes: await readFile(target) };
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? 'c’est un dossier' : String(cause);
    return { ok: false, message: `Lecture impossible de « ${target} » : ${detail}.` };
  }
}
