import type { FeedErrorCode } from './feed-errors.ts';

/** A failure below HTTP, sorted: its code, the partner's message, the administrator's detail. */
export interface NetworkFailure {
  code: Extract<FeedErrorCode, 'network' | 'dns' | 'tls' | 'timeout' | 'incomplete'>;
  message: string;
  detail: string;
}

/** Codes of certificate and TLS failures (Node's and OpenSSL's): the site must fix its certificate. */
const TLS_CODES =
  /^(?:CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH|ERR_CERT)/;

/** The innermost error of a chain of causes (`fetch failed` → `getaddrinfo ENOTFOUND …`). */
function rootCause(error: unknown): { code: string; message: string } {
  let current: unknown = error;
  for (let depth = 0; depth < 5; depth++) {
    const cause = (current as { cause?: unknown } | null)?.cause;
    if (cause === undefined || cause === null) break;
    current = cause;
  }
  const code = (current as { code?: unknown } | null)?.code;
  const message = current instanceof Error ? current.message : String(current);
  return { code: typeof code === 'string' ? code : '', message: message.replace(/\s+/g, ' ').slice(0, 200) };
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/**
 * Sorts what `fetch` threw: no such domain (NXDOMAIN), a certificate refused, a body cut short
 * (`duringBody`), the time limit, or any other network failure (refused, reset, temporary DNS).
 */
export function classifyNetworkFailure(
  error: unknown,
  context: { url: string; timedOut: boolean; timeoutMs: number; duringBody: boolean },
): NetworkFailure {
  const { code, message } = rootCause(error);
  const detail = `${code === '' ? '' : `${code} `}${message}`.trim();
  if (context.timedOut) {
    const seconds = String(Math.round(context.timeoutMs / 100) / 10).replace('.', ',');
    return {
      code: 'timeout',
      message: `Pas de réponse complète en ${seconds} s : le serveur du flux est trop lent ou injoignable.`,
      detail: `délai de ${context.timeoutMs} ms dépassé${context.duringBody ? ' pendant la lecture du corps' : ''}`,
    };
  }
  if (code === 'ENOTFOUND') {
    return {
      code: 'dns',
      message: `L’adresse du flux n’existe pas (domaine « ${hostOf(context.url)} » introuvable) : vérifiez le lien ou demandez au partenaire son nouveau lien.`,
      detail,
    };
  }
  if (TLS_CODES.test(code)) {
    return {
      code: 'tls',
      message:
        'La connexion sécurisée au serveur du flux est refusée (certificat invalide ou expiré) : le partenaire doit faire corriger le certificat de son site.',
      detail,
    };
  }
  if (context.duringBody) {
    return {
      code: 'incomplete',
      message: 'La réponse du serveur a été coupée avant la fin : le flux reçu est incomplet et n’est pas utilisé.',
      detail,
    };
  }
  return {
    code: 'network',
    message: 'Le serveur du flux ne répond pas : les données précédentes sont gardées et il sera réessayé.',
    detail,
  };
}

/** Network failures worth another try the same night (a domain that does not exist or a bad certificate are not). */
export const RETRIED_NETWORK_FAILURES: ReadonlySet<NetworkFailure['code']> = new Set([
  'network',
  'timeout',
  'incomplete',
]);

/**
 * The pause a `Retry-After` header asks for (ms): delta-seconds, or an HTTP date read against the
 * response's own `Date` (so that a wrong clock on either side does not matter). `null` when absent
 * or unreadable.
 */
export function retryAfterMs(value: string | null, responseDate: string | null, now: number): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  const reference = responseDate === null ? Number.NaN : Date.parse(responseDate);
  return Math.max(0, at - (Number.isNaN(reference) ? now : reference));
}
