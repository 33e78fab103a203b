import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FeedError } from '../../../scripts/ingest/feed-errors.ts';
import { fetchFeed, type FetchOptions } from '../../../scripts/ingest/fetch-feed.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { root } from '../../support/paths.ts';

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//FR\r\nEND:VCALENDAR\r\n';
let server: FeedServer;
let pauses: number[];
const options = (): Partial<FetchOptions> => ({
  timeoutMs: 2_000,
  retries: 2,
  backoffMs: 10,
  sleep: (ms) => {
    pauses.push(ms);
    return Promise.resolve();
  },
});

async function failure(url: string, overrides: Partial<FetchOptions> = {}): Promise<FeedError> {
  try {
    await fetchFeed({ sourceId: 'fablab', url }, { ...options(), ...overrides });
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error(`${url} did not fail`);
}

/** What undici throws for a name the resolver does not know, as `fetch` reports it. */
function dnsFailure(code: 'ENOTFOUND' | 'EAI_AGAIN', host: string): TypeError {
  const cause = Object.assign(new Error(`getaddrinfo ${code} ${host}`), {
    code,
    syscall: 'getaddrinfo',
    hostname: host,
  });
  return new TypeError('fetch failed', { cause });
}

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  pauses = [];
});

describe('fetchFeed follows only web redirects', () => {
  it.each([
    ['data:', 'data:text/calendar;base64,QkVHSU46VkNBTEVOREFS'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://127.0.0.1/agenda.ics'],
  ])('refuses a redirect to %s at once, without following or retrying it', async (scheme, location) => {
    server.route('/moved', (_, res) => res.writeHead(302, { location }).end());
    const error = await failure(server.url('/moved'));
    expect(error).toMatchObject({ name: 'FeedRedirectError', code: 'bad-redirect', httpStatus: 302 });
    expect(error.message).toBe(
      `Le lien redirige vers autre chose qu’une adresse web (${scheme}) : le flux ne peut pas être lu. Donnez l’adresse finale du flux, en http ou https.`,
    );
    expect(error.detail).toContain(`Location: ${location.slice(0, 20)}`);
    expect(server.requests).toHaveLength(1);
    expect(pauses).toEqual([]);
  });
});

describe('fetchFeed waits as the server asks', () => {
  it('honours Retry-After: 120 on a 503 before trying again', async () => {
    let calls = 0;
    server.route('/busy', (_, res) =>
      calls++ === 0 ? res.writeHead(503, { 'retry-after': '120' }).end() : res.writeHead(200).end(ICS),
    );
    expect(await fetchFeed({ sourceId: 'fablab', url: server.url('/busy') }, options())).toMatchObject({
      kind: 'fresh',
    });
    expect(pauses).toEqual([120_000]);
  });

  it('reads Retry-After given as a date, against the server’s own clock', async () => {
    let calls = 0;
    server.route('/later', (_, res) =>
      calls++ === 0
        ? res
            .writeHead(429, { date: 'Sat, 28 Nov 2026 02:00:00 GMT', 'retry-after': 'Sat, 28 Nov 2026 02:00:45 GMT' })
            .end()
        : res.writeHead(200).end(ICS),
    );
    expect(await fetchFeed({ sourceId: 'fablab', url: server.url('/later') }, options())).toMatchObject({
      kind: 'fresh',
    });
    expect(pauses).toEqual([45_000]);
  });

  it('leaves for the next night a server that asks for a longer pause than the cap', async () => {
    server.route('/tomorrow', (_, res) => res.writeHead(503, { 'retry-after': '3600' }).end());
    const error = await failure(server.url('/tomorrow'), { maxRetryAfterMs: 120_000 });
    expect(error).toMatchObject({ code: 'http-status', httpStatus: 503, retryAfterMs: 3_600_000 });
    expect(error.detail).toBe('HTTP 503 Service Unavailable ; Retry-After 3600 s ; 1 essai');
    expect(server.requests).toHaveLength(1);
    expect(pauses).toEqual([]);
  });
});

describe('fetchFeed does not retry what cannot change tonight', () => {
  it.each([404, 410, 403])('stops at once on a %i', async (status) => {
    server.route(`/gone-${status}`, (_, res) => res.writeHead(status).end());
    const error = await failure(server.url(`/gone-${status}`));
    expect(error).toMatchObject({ code: 'http-status', httpStatus: status });
    expect(server.requests).toHaveLength(1);
  });

  it('stops at once on a domain that does not exist, and says so in one line of French', async () => {
    let calls = 0;
    const fetch: FetchOptions['fetch'] = () => {
      calls++;
      return Promise.reject(dnsFailure('ENOTFOUND', 'agenda.mediatheque.invalid'));
    };
    const error = await failure('https://agenda.mediatheque.invalid/flux.ics', { fetch });
    expect(error).toMatchObject({ name: 'FeedNetworkError', code: 'dns' });
    expect(error.message).toBe(
      'L’adresse du flux n’existe pas (domaine « agenda.mediatheque.invalid » introuvable) : vérifiez le lien ou demandez au partenaire son nouveau lien.',
    );
    expect(error.detail).toBe('ENOTFOUND getaddrinfo ENOTFOUND agenda.mediatheque.invalid ; 1 essai');
    expect(calls).toBe(1);
    expect(pauses).toEqual([]);
  });

  it('tries again after a temporary failure of the name server', async () => {
    let calls = 0;
    const fetch: FetchOptions['fetch'] = (input, init) =>
      calls++ === 0 ? Promise.reject(dnsFailure('EAI_AGAIN', '127.0.0.1')) : globalThis.fetch(input, init);
    server.route('/ok.ics', (_, res) => res.writeHead(200).end(ICS));
    expect(await fetchFeed({ sourceId: 'fablab', url: server.url('/ok.ics') }, { ...options(), fetch })).toMatchObject({
      kind: 'fresh',
    });
    expect(pauses).toEqual([10]);
  });

  it('stops at once on a certificate the client refuses', async () => {
    const tls = path.join(root, 'tests/fixtures/tls');
    let handshakes = 0;
    const https = createServer(
      { key: readFileSync(path.join(tls, 'self-signed.key')), cert: readFileSync(path.join(tls, 'self-signed.crt')) },
      (_, res) => res.writeHead(200).end(ICS),
    );
    https.on('tlsClientError', () => handshakes++);
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = https.address() as AddressInfo;
      const error = await failure(`https://127.0.0.1:${port}/agenda.ics`);
      expect(error).toMatchObject({ name: 'FeedNetworkError', code: 'tls' });
      expect(error.message).toMatch(/^La connexion sécurisée au serveur du flux est refusée/);
      expect(error.detail).toMatch(/SELF_SIGNED|CERT/);
      expect(pauses).toEqual([]);
      expect(handshakes).toBeLessThanOrEqual(1);
    } finally {
      https.closeAllConnections();
      await new Promise((resolve) => https.close(resolve));
    }
  });
});

describe('fetchFeed refuses a body cut short', () => {
  it('refuses a body shorter than its declared length, after its retries', async () => {
    server.route('/short.ics', (req, res) => {
      res.writeHead(200, { 'content-length': String(ICS.length * 2) });
      res.write(ICS);
      setTimeout(() => req.socket.destroy(), 20);
    });
    const error = await failure(server.url('/short.ics'));
    expect(error).toMatchObject({ name: 'FeedNetworkError', code: 'incomplete' });
    expect(error.message).toBe(
      'La réponse du serveur a été coupée avant la fin : le flux reçu est incomplet et n’est pas utilisé.',
    );
    expect(server.requests).toHaveLength(3);
  });

  it('keeps every message on one line, the technical cause apart', async () => {
    const closed = await startFeedServer();
    const url = closed.url('/x.ics');
    await closed.close();
    const error = await failure(url);
    expect(error).toMatchObject({ code: 'network' });
    expect(error.message).toBe(
      'Le serveur du flux ne répond pas : les données précédentes sont gardées et il sera réessayé.',
    );
    expect(error.detail).toMatch(/^ECONNREFUSED .* ; 3 essais$/);
    expect(error.message).not.toContain('\n');
  });
});
