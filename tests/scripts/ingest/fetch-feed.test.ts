import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FeedError } from '../../../scripts/ingest/feed-errors.ts';
import { fetchFeed, USER_AGENT, type FetchOptions } from '../../../scripts/ingest/fetch-feed.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { root } from '../../support/paths.ts';

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//FR\r\nEND:VCALENDAR\r\n';
let server: FeedServer;
let pauses: number[];
const options = (): Partial<FetchOptions> => ({
  timeoutMs: 500,
  retries: 2,
  backoffMs: 10,
  sleep: (ms) => {
    pauses.push(ms);
    return Promise.resolve();
  },
});

/** The FeedError of a fetch that must fail; `target` is a path of the test server or a whole URL. */
async function failure(target: string, overrides: Partial<FetchOptions> = {}): Promise<FeedError> {
  const url = /^[a-z]+:/.test(target) ? target : server.url(target);
  try {
    await fetchFeed({ sourceId: 'fablab', url }, { ...options(), ...overrides });
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error(`${target} did not fail`);
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

describe('fetchFeed', () => {
  it('downloads a calendar with a User-Agent naming the site and keeps its validators', async () => {
    server.route('/ok.ics', (_, res) =>
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Fri, 27 Nov 2026 10:00:00 GMT' }).end(ICS),
    );
    const result = await fetchFeed({ sourceId: 'fablab', url: server.url('/ok.ics') }, options());
    expect(result).toMatchObject({
      kind: 'fresh',
      httpStatus: 200,
      etag: '"v1"',
      lastModified: 'Fri, 27 Nov 2026 10:00:00 GMT',
    });
    expect(result.kind === 'fresh' && new TextDecoder().decode(result.body)).toBe(ICS);
    expect(server.requests[0]?.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^ReperesNumeriques\/1\.0 \(\+https?:\/\/.+\)$/);
  });

  it('sends the stored ETag and Last-Modified and accepts a 304', async () => {
    server.route('/same.ics', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else res.writeHead(200, { etag: '"v1"' }).end(ICS);
    });
    const request = {
      sourceId: 'fablab',
      url: server.url('/same.ics'),
      etag: '"v1"',
      lastModified: 'Fri, 27 Nov 2026 10:00:00 GMT',
    };
    expect(await fetchFeed(request, options())).toEqual({
      kind: 'not-modified',
      httpStatus: 304,
      etag: '"v1"',
      lastModified: null,
    });
    expect(server.requests[0]?.headers).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Fri, 27 Nov 2026 10:00:00 GMT',
    });
  });

  it('fails on a 404 at once, without retrying, saying the feed is not found', async () => {
    const error = await failure('/absent.ics');
    expect(error).toMatchObject({
      name: 'FeedHttpError',
      code: 'http-status',
      httpStatus: 404,
      sourceId: 'fablab',
      url: server.url('/absent.ics'),
    });
    expect(error.message).toContain('introuvable');
    expect(server.requests).toHaveLength(1);
    expect(pauses).toEqual([]);
  });

  it('retries a 500 with a growing pause, then fails', async () => {
    server.route('/broken.ics', (_, res) => res.writeHead(500).end('panne'));
    const error = await failure('/broken.ics');
    expect(error).toMatchObject({ code: 'http-status', httpStatus: 500 });
    expect(server.requests).toHaveLength(3);
    expect(pauses).toEqual([10, 20]);
  });

  it('recovers when a retry succeeds after a 503', async () => {
    let calls = 0;
    server.route('/flaky.ics', (_, res) => (calls++ === 0 ? res.writeHead(503).end() : res.writeHead(200).end(ICS)));
    expect(await fetchFeed({ sourceId: 'fablab', url: server.url('/flaky.ics') }, options())).toMatchObject({
      kind: 'fresh',
    });
  });

  it('gives up on a server that does not answer in time', async () => {
    server.route('/slow.ics', (_, res) => setTimeout(() => res.writeHead(200).end(ICS), 2_000));
    const error = await failure('/slow.ics', { timeoutMs: 100, retries: 0 });
    expect(error).toMatchObject({ name: 'FeedNetworkError', code: 'timeout' });
  });

  it('follows redirects but stops a loop', async () => {
    server.route('/moved.ics', (_, res) => res.writeHead(301, { location: '/ok2.ics' }).end());
    server.route('/ok2.ics', (_, res) => res.writeHead(200).end(ICS));
    expect(await fetchFeed({ sourceId: 'fablab', url: server.url('/moved.ics') }, options())).toMatchObject({
      kind: 'fresh',
    });
    server.route('/a', (_, res) => res.writeHead(302, { location: '/b' }).end());
    server.route('/b', (_, res) => res.writeHead(302, { location: '/a' }).end());
    expect(await failure('/a')).toMatchObject({ name: 'FeedRedirectError', code: 'redirect-loop' });
  });

  it('stops after five redirects', async () => {
    for (let i = 0; i < 7; i++)
      server.route(`/r${i}`, (_, res) => res.writeHead(302, { location: `/r${i + 1}` }).end());
    expect(await failure('/r0')).toMatchObject({ code: 'too-many-redirects' });
    expect(server.requests).toHaveLength(6);
  });

  it('refuses a body over the cap while streaming, declared or not', async () => {
    server.route('/huge.ics', (_, res) => {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      const chunk = 'X'.repeat(16_384);
      let sent = 0;
      const push = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent < 200) res.once('drain', push);
        else res.end();
      };
      res.write('BEGIN:VCALENDAR\r\n');
      push();
    });
    expect(await failure('/huge.ics', { maxBytes: 100_000 })).toMatchObject({
      name: 'FeedTooLargeError',
      code: 'too-large',
    });
    server.route('/declared.ics', (_, res) => res.writeHead(200, { 'content-length': String(20 * 1024 * 1024) }).end());
    expect(await failure('/declared.ics')).toMatchObject({ code: 'too-large' });
  });

  it('decodes gzip and deflate bodies, and counts the cap on the decoded size', async () => {
    server.route('/gz.ics', (_, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(ICS)));
    server.route('/deflate.ics', (_, res) =>
      res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(ICS)),
    );
    for (const path of ['/gz.ics', '/deflate.ics']) {
      const result = await fetchFeed({ sourceId: 'fablab', url: server.url(path) }, options());
      expect(result.kind === 'fresh' && new TextDecoder().decode(result.body)).toBe(ICS);
    }
    const bomb = gzipSync(Buffer.concat([Buffer.from('BEGIN:VCALENDAR\r\n'), Buffer.alloc(5_000_000, 0x41)]));
    expect(bomb.length).toBeLessThan(100_000);
    server.route('/bomb.ics', (_, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
    expect(await failure('/bomb.ics', { maxBytes: 1_000_000 })).toMatchObject({ code: 'too-large' });
  });

  it('rejects a web page, an empty body and binary data with a French reason', async () => {
    server.route('/page', (_, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body>Se connecter</body></html>'),
    );
    server.route('/empty', (_, res) => res.writeHead(200).end(''));
    server.route('/image', (_, res) =>
      res.writeHead(200).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    );
    expect((await failure('/page')).message).toMatch(/page web \(HTML\)/);
    expect((await failure('/empty')).message).toMatch(/vide/);
    expect((await failure('/image')).message).toMatch(/n’est pas du texte/);
    expect(server.requests).toHaveLength(3);
  });

  it('reports a refused connection as a network error after the retries', async () => {
    const closed = await startFeedServer();
    const url = closed.url('/x.ics');
    await closed.close();
    await expect(fetchFeed({ sourceId: 'fablab', url }, options())).rejects.toMatchObject({ code: 'network' });
    expect(pauses).toEqual([10, 20]);
  });
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
