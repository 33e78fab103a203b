import { deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FeedError } from '../../../scripts/ingest/feed-errors.ts';
import { fetchFeed, USER_AGENT, type FetchOptions } from '../../../scripts/ingest/fetch-feed.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';

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

async function failure(path: string, overrides: Partial<FetchOptions> = {}): Promise<FeedError> {
  try {
    await fetchFeed({ sourceId: 'fablab', url: server.url(path) }, { ...options(), ...overrides });
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error(`${path} did not fail`);
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
