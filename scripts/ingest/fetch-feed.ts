import { sniffFeedContent, unusableContentReason } from '../../src/lib/ingest/sniff-feed.ts';
import {
  FeedContentError,
  FeedError,
  FeedHttpError,
  FeedNetworkError,
  FeedRedirectError,
  FeedTooLargeError,
} from './feed-errors.ts';

/** Public address of the site, named in the User-Agent so partners know who reads their feed. */
export const SITE_URL = process.env['SITE_URL'] ?? 'https://reperes-numeriques.example.org';
export const USER_AGENT = `ReperesNumeriques/1.0 (+${SITE_URL})`;

/** Limits and hooks of a fetch; every field has a default for the nightly run. */
export interface FetchOptions {
  /** Whole request, body included (ms). */
  timeoutMs: number;
  /** Largest body accepted, after decompression (bytes). */
  maxBytes: number;
  maxRedirects: number;
  /** Further attempts after a network error or a 5xx. */
  retries: number;
  /** First pause before a retry (ms), doubled each time. */
  backoffMs: number;
  /** Waits between retries; tests pass one that does not wait. */
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 2_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** What to fetch: the feed and the validators of the last good copy. */
export interface FeedRequest {
  sourceId: string;
  url: string;
  etag?: string | null;
  lastModified?: string | null;
}

/** A new body, or "not modified" (HTTP 304: keep the data you have). */
export type FetchResult =
  | { kind: 'fresh'; body: Uint8Array; httpStatus: number; etag: string | null; lastModified: string | null }
  | { kind: 'not-modified'; httpStatus: 304; etag: string | null; lastModified: string | null };

type Context = FeedRequest & { options: FetchOptions };

async function readCapped(response: Response, context: Context): Promise<Uint8Array> {
  const { maxBytes } = context.options;
  const declared = Number(response.headers.get('content-length') ?? '0');
  const tooLarge = () =>
    new FeedTooLargeError(
      { sourceId: context.sourceId, url: context.url, code: 'too-large', httpStatus: response.status },
      `Le flux dépasse ${Math.round(maxBytes / 1024 / 1024)} Mo : il est refusé. Publiez une période plus courte (par exemple l’année à venir).`,
    );
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body === null) return new Uint8Array();
  // Counted as decoded: a small gzip body that inflates past the cap is stopped while streaming.
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function httpReason(status: number): string {
  if (status === 404 || status === 410)
    return 'le flux est introuvable : vérifiez le lien ou demandez au partenaire le nouveau lien d’export';
  if (status === 401 || status === 403)
    return 'l’accès est refusé : le calendrier n’est sans doute pas public (partagez-le en lecture publique)';
  if (status >= 500) return 'le serveur du partenaire est en panne ou surchargé';
  return 'le serveur refuse la demande';
}

/** Follows redirects by hand (at most `maxRedirects`, never the same address twice). */
async function requestOnce(context: Context, signal: AbortSignal): Promise<Response> {
  const visited = new Set<string>();
  let url = context.url;
  for (;;) {
    visited.add(url);
    const headers: Record<string, string> = {
      'user-agent': USER_AGENT,
      accept: 'text/calendar, text/csv;q=0.9, text/plain;q=0.8, */*;q=0.1',
    };
    if (context.etag) headers['if-none-match'] = context.etag;
    if (context.lastModified) headers['if-modified-since'] = context.lastModified;
    const response = await fetch(url, { headers, redirect: 'manual', signal });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || response.status === 304 || location === null) return response;
    await response.body?.cancel();
    const next = new URL(location, url).href;
    const details = { sourceId: context.sourceId, url: context.url, httpStatus: response.status };
    if (visited.has(next)) {
      throw new FeedRedirectError(
        { ...details, code: 'redirect-loop' },
        `Le lien redirige en boucle (${next}) : le flux ne peut pas être lu.`,
      );
    }
    if (visited.size > context.options.maxRedirects) {
      throw new FeedRedirectError(
        { ...details, code: 'too-many-redirects' },
        `Le lien redirige plus de ${context.options.maxRedirects} fois : donnez l’adresse finale du flux.`,
      );
    }
    url = next;
  }
}

async function attempt(context: Context): Promise<FetchResult> {
  const { sourceId, url, options } = context;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await requestOnce(context, signal);
    const validators = { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    if (response.status === 304) return { kind: 'not-modified', httpStatus: 304, ...validators };
    if (response.status >= 400) {
      await response.body?.cancel();
      throw new FeedHttpError(
        { sourceId, url, code: 'http-status', httpStatus: response.status },
        `Erreur HTTP ${response.status} : ${httpReason(response.status)}.`,
      );
    }
    const body = await readCapped(response, context);
    const reason = unusableContentReason(sniffFeedContent(body));
    if (reason !== null) {
      throw new FeedContentError(
        { sourceId, url, code: 'unusable-content', httpStatus: response.status },
        `Flux refusé : ${reason}.`,
      );
    }
    return { kind: 'fresh', body, httpStatus: response.status, ...validators };
  } catch (cause) {
    if (cause instanceof FeedError) throw cause;
    if (signal.aborted) {
      throw new FeedNetworkError(
        { sourceId, url, code: 'timeout' },
        `Pas de réponse complète en ${Math.round(options.timeoutMs / 100) / 10} s : le serveur est trop lent ou injoignable.`,
        { cause },
      );
    }
    const detail =
      cause instanceof Error ? ((cause.cause as Error | undefined)?.message ?? cause.message) : String(cause);
    throw new FeedNetworkError({ sourceId, url, code: 'network' }, `Le serveur ne répond pas (${detail}).`, { cause });
  }
}

const retryable = (error: unknown) =>
  error instanceof FeedNetworkError || (error instanceof FeedHttpError && (error.httpStatus ?? 0) >= 500);

/**
 * Downloads a feed: conditional request (ETag / Last-Modified), a time limit, at most 5
 * redirects, a size cap checked while streaming (gzip and deflate decoded within it), retries
 * with backoff on network errors and 5xx only. Throws a FeedError with a French message.
 */
export async function fetchFeed(request: FeedRequest, overrides: Partial<FetchOptions> = {}): Promise<FetchResult> {
  const context: Context = { ...request, options: { ...DEFAULT_FETCH_OPTIONS, ...overrides } };
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(context);
    } catch (error) {
      if (!retryable(error) || tries >= context.options.retries) throw error;
      await context.options.sleep(context.options.backoffMs * 2 ** tries);
    }
  }
}
