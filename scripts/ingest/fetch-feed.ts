import { sniffFeedContent, unusableContentReason } from '../../src/lib/ingest/sniff-feed.ts';
import { overBudgetMessages } from '../../src/lib/ingest/feed-budget.ts';
import {
  FeedContentError,
  FeedError,
  FeedHttpError,
  FeedNetworkError,
  FeedRedirectError,
  FeedTooLargeError,
} from './feed-errors.ts';
import { classifyNetworkFailure, RETRIED_NETWORK_FAILURES, retryAfterMs } from './network-failure.ts';

/** Public address of the site, named in the User-Agent so partners know who reads their feed. */
export const SITE_URL = process.env['SITE_URL'] ?? 'https://reperes-numeriques.example.org';
export const USER_AGENT = `ReperesNumeriques/1.0 (+${SITE_URL})`;

/** Limits and hooks of a fetch; every field has a default for the nightly run. */
export interface FetchOptions {
  /** Whole request, body included (ms). */
  timeoutMs: number;
  /** Largest body accepted, after decompression (bytes): the source's `budget.bytes`. */
  maxBytes: number;
  maxRedirects: number;
  /** Further attempts after a network failure, a 5xx, a 408 or a 429. */
  retries: number;
  /** First pause before a retry (ms), doubled each time. */
  backoffMs: number;
  /** Longest `Retry-After` honoured (ms): a server asking for more is tried again the next night. */
  maxRetryAfterMs: number;
  /** Waits between retries; tests pass one that does not wait. */
  sleep: (ms: number) => Promise<void>;
  /** The HTTP client (tests may wrap it to play a failure no local server can: a domain that does not exist). */
  fetch: typeof fetch;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 2_000,
  maxRetryAfterMs: 120_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  fetch: (input, init) => fetch(input, init),
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

const ids = (context: Context) => ({ sourceId: context.sourceId, url: context.url });

async function readCapped(response: Response, context: Context): Promise<Uint8Array> {
  const { maxBytes } = context.options;
  const declared = response.headers.get('content-length');
  const tooLarge = (seen: string) =>
    new FeedTooLargeError(
      { ...ids(context), code: 'too-large', httpStatus: response.status, detail: `${seen} > ${maxBytes} octets` },
      overBudgetMessages.bytes(maxBytes),
    );
  if (Number(declared ?? '0') > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(`Content-Length ${declared}`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body === null) return new Uint8Array();
  // Counted as decoded: a small gzip body that inflates past the cap is stopped while streaming.
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      await response.body.cancel().catch(() => undefined);
      throw tooLarge('corps reçu');
    }
    chunks.push(chunk);
  }
  // Without content coding, the length declared is the length of the body: less is a body cut short.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  if (declared !== null && !encoded && Number(declared) !== total) {
    throw new FeedNetworkError(
      {
        ...ids(context),
        code: 'incomplete',
        httpStatus: response.status,
        detail: `${total} octets reçus sur ${declared} annoncés`,
      },
      'La réponse du serveur a été coupée avant la fin : le flux reçu est incomplet et n’est pas utilisé.',
    );
  }
  return Buffer.concat(chunks);
}

function httpReason(status: number): string {
  if (status === 404 || status === 410)
    return 'le flux est introuvable : vérifiez le lien ou demandez au partenaire le nouveau lien d’export';
  if (status === 401 || status === 403)
    return 'l’accès est refusé : le calendrier n’est sans doute pas public (partagez-le en lecture publique)';
  if (status === 429) return 'le serveur demande de ralentir : il sera réessayé plus tard';
  if (status >= 500) return 'le serveur du partenaire est en panne ou surchargé';
  return 'le serveur refuse la demande';
}

/** The next address of a redirect, which must be http(s), new, and within the count. */
function nextLocation(response: Response, url: string, visited: Set<string>, context: Context): string {
  const location = response.headers.get('location') ?? '';
  const details = { ...ids(context), httpStatus: response.status };
  let next: URL | null;
  try {
    next = new URL(location, url);
  } catch {
    next = null;
  }
  if (next === null || (next.protocol !== 'http:' && next.protocol !== 'https:')) {
    const scheme = next?.protocol ?? 'adresse illisible';
    throw new FeedRedirectError(
      { ...details, code: 'bad-redirect', detail: `Location: ${location.slice(0, 80)}` },
      `Le lien redirige vers autre chose qu’une adresse web (${scheme}) : le flux ne peut pas être lu. Donnez l’adresse finale du flux, en http ou https.`,
    );
  }
  if (visited.has(next.href)) {
    throw new FeedRedirectError(
      { ...details, code: 'redirect-loop', detail: `boucle vers ${next.href}` },
      'Le lien redirige en boucle : le flux ne peut pas être lu. Donnez l’adresse finale du flux.',
    );
  }
  if (visited.size > context.options.maxRedirects) {
    throw new FeedRedirectError(
      { ...details, code: 'too-many-redirects', detail: `plus de ${context.options.maxRedirects} redirections` },
      `Le lien redirige plus de ${context.options.maxRedirects} fois : donnez l’adresse finale du flux.`,
    );
  }
  return next.href;
}

/** Follows redirects by hand (at most `maxRedirects`, http(s) only, never the same address twice). */
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
    const response = await context.options.fetch(url, { headers, redirect: 'manual', signal });
    const redirect = response.status >= 300 && response.status <= 399 && response.status !== 304;
    if (!redirect || !response.headers.has('location')) return response;
    await response.body?.cancel();
    url = nextLocation(response, url, visited, context);
  }
}

function httpError(response: Response, context: Context): FeedHttpError {
  const wait = retryAfterMs(response.headers.get('retry-after'), response.headers.get('date'), Date.now());
  const retryNote = wait === null ? '' : ` ; Retry-After ${Math.round(wait / 1000)} s`;
  return new FeedHttpError(
    {
      ...ids(context),
      code: 'http-status',
      httpStatus: response.status,
      retryAfterMs: wait,
      detail: `HTTP ${response.status} ${response.statusText}${retryNote}`.trim(),
    },
    `Erreur HTTP ${response.status} : ${httpReason(response.status)}.`,
  );
}

async function attempt(context: Context): Promise<FetchResult> {
  const { options } = context;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let duringBody = false;
  try {
    const response = await requestOnce(context, signal);
    const validators = { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    if (response.status === 304) return { kind: 'not-modified', httpStatus: 304, ...validators };
    if (response.status >= 400) {
      await response.body?.cancel();
      throw httpError(response, context);
    }
    duringBody = true;
    const body = await readCapped(response, context);
    const reason = unusableContentReason(sniffFeedContent(body));
    if (reason !== null) {
      throw new FeedContentError(
        { ...ids(context), code: 'unusable-content', httpStatus: response.status, detail: `${body.length} octets` },
        `Flux refusé : ${reason}.`,
      );
    }
    return { kind: 'fresh', body, httpStatus: response.status, ...validators };
  } catch (cause) {
    if (cause instanceof FeedError) throw cause;
    const failure = classifyNetworkFailure(cause, {
      url: context.url,
      timedOut: signal.aborted,
      timeoutMs: options.timeoutMs,
      duringBody,
    });
    throw new FeedNetworkError({ ...ids(context), code: failure.code, detail: failure.detail }, failure.message, {
      cause,
    });
  }
}

/** Statuses worth another try the same night: the server is down, overloaded, or asks to wait. */
const RETRIED_STATUSES = new Set([408, 425, 429]);

/** The pause before the next try, or `null` when the error is not worth one. */
function pauseBefore(error: unknown, tries: number, options: FetchOptions): number | null {
  if (tries >= options.retries) return null;
  const backoff = options.backoffMs * 2 ** tries;
  if (error instanceof FeedNetworkError) return RETRIED_NETWORK_FAILURES.has(error.code as never) ? backoff : null;
  if (!(error instanceof FeedHttpError)) return null;
  const status = error.httpStatus ?? 0;
  if (status < 500 && !RETRIED_STATUSES.has(status)) return null;
  if (error.retryAfterMs === null) return backoff;
  // A server asking for a longer pause than the cap is tried again the next night.
  return error.retryAfterMs > options.maxRetryAfterMs ? null : Math.max(backoff, error.retryAfterMs);
}

/**
 * Downloads a feed: conditional request (ETag / Last-Modified), a time limit, at most 5 redirects
 * and only to http(s), a size cap checked while streaming (gzip and deflate decoded within it), a
 * body shorter than its declared length refused. Retries network failures, 5xx, 408 and 429 with
 * backoff, honouring `Retry-After` up to a cap; never retries what cannot change within the night
 * (404, 410, other 4xx, a domain that does not exist, a certificate refused). Throws a FeedError:
 * one line of French in `message`, the cause and the attempts in `detail`.
 */
export async function fetchFeed(request: FeedRequest, overrides: Partial<FetchOptions> = {}): Promise<FetchResult> {
  const context: Context = { ...request, options: { ...DEFAULT_FETCH_OPTIONS, ...overrides } };
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(context);
    } catch (error) {
      const pause = pauseBefore(error, tries, context.options);
      if (pause === null) {
        if (error instanceof FeedError) error.detail = `${error.detail} ; ${tries + 1} essai${tries > 0 ? 's' : ''}`;
        throw error;
      }
      await context.options.sleep(pause);
    }
  }
}
