import { cp, readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContentCopy, ORGANISATION } from '../../support/content-copy.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { eventsBytes, ingestAt, statusOf, TEST_FETCH_OPTIONS, weeklyFeed } from '../../support/ingest-run.ts';

const NIGHT1 = '2026-11-27T03:00:00+01:00';
const NIGHT2 = '2026-11-28T03:00:00+01:00';
const fetchOptions = { ...TEST_FETCH_OPTIONS, timeoutMs: 400 };

type Handler = (body: Buffer, req: IncomingMessage, res: ServerResponse) => void;

/** Cuts `body` at `share` of its length. */
const cut = (body: Buffer, share: number) => body.subarray(0, Math.floor(body.length * share));

/** What the server may do with the new body: answer it whole, or one of the faults of a hostile network. */
const faults: Record<string, (share: number) => Handler> = {
  whole: () => (body, _req, res) => res.writeHead(200, { etag: `"${body.length}"` }).end(body),
  'not modified': () => (_body, _req, res) => res.writeHead(304).end(),
  'closed without length': (share) => (body, _req, res) => {
    res.socket?.end(
      Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nETag: "cut"\r\nConnection: close\r\n\r\n'), cut(body, share)]),
    );
  },
  'closed before its length': (share) => (body, req, res) => {
    res.writeHead(200, { etag: '"cut"', 'content-length': String(body.length) });
    res.write(cut(body, share));
    setTimeout(() => req.socket.destroy(), 5);
  },
  'chunked and reset': (share) => (body, req, res) => {
    res.writeHead(200, { etag: '"cut"' });
    res.write(cut(body, share));
    setTimeout(() => req.socket.destroy(), 5);
  },
  'length too short': (share) => (body, _req, res) => {
    const part = cut(body, share);
    res.socket?.end(
      Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nETag: "cut"\r\nContent-Length: ${part.length}\r\n\r\n`), body]),
    );
  },
  'server error': (share) => (_body, _req, res) => res.writeHead(share < 0.5 ? 500 : 503, { 'retry-after': '0' }).end(),
  'not found': () => (_body, _req, res) => res.writeHead(404).end(),
  'too slow': () => (body, _req, res) => {
    setTimeout(() => res.writeHead(200).end(body), 1_000);
  },
  'web page': () => (_body, _req, res) =>
    res.writeHead(200, { etag: '"html"' }).end('<!DOCTYPE html><html>Connexion</html>'),
  'empty body': () => (_body, _req, res) => res.writeHead(200, { etag: '"empty"' }).end(),
  // Cut inside the compressed data: a gzip that lacks only its 8-byte trailer still holds the whole body, which
  // is then rightly accepted (fetch decodes it as browsers do).
  'bad gzip': (share) => (body, _req, res) =>
    res.writeHead(200, { 'content-encoding': 'gzip', etag: '"gz"' }).end(cut(gzipSync(body).subarray(0, -8), share)),
  'redirect to data:': () => (_body, _req, res) => res.writeHead(302, { location: 'data:text/calendar,BEGIN' }).end(),
  'over its budget': () => (body, _req, res) =>
    res.writeHead(200, { etag: '"big"' }).end(Buffer.concat([body, Buffer.alloc(300_000, 0x20)])),
};

let server: FeedServer;
let base: string;
let handler: Handler = () => undefined;
let runs = 0;

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/feed.ics', (req, res) => {
    void readFile(`${base}-next.ics`).then((body) => {
      handler(body, req, res);
    });
  });
  const source = {
    id: 'agenda',
    name: 'Agenda',
    organisation: ORGANISATION,
    format: 'ics',
    url: server.url('/feed.ics'),
    budget: { bytes: 250_000 },
  };
  base = await makeContentCopy([source]);
  await writeFile(`${base}-next.ics`, weeklyFeed(12));
  handler = faults['whole']?.(1) ?? handler;
  await ingestAt(base, NIGHT1, { fetchOptions });
}, 60_000);
afterAll(() => server.close());

describe('the events file after any fault of the server', () => {
  it('is its previous content byte for byte or the complete new data, and status.json says which', async () => {
    const previous = await eventsBytes(base, 'agenda');
    const previousEtag = (await statusOf(base, 'agenda')).etag;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(faults)),
        fc.double({ min: 0.05, max: 0.98, noNaN: true }),
        fc.integer({ min: 0, max: 16 }),
        fc.constantFrom('Atelier', 'Café numérique', 'Permanence'),
        async (fault, share, series, title) => {
          const run = `${base}-${runs++}`;
          const control = `${run}-control`;
          await cp(base, run, { recursive: true });
          await cp(base, control, { recursive: true });
          await writeFile(`${base}-next.ics`, weeklyFeed(series, title));
          // The complete new data: what a run gets when the server answers whole (or 304 for a 304).
          handler = (fault === 'not modified' ? faults['not modified'] : faults['whole'])?.(1) ?? handler;
          await ingestAt(control, NIGHT2, { fetchOptions });
          handler = faults[fault]?.(share) ?? handler;
          await ingestAt(run, NIGHT2, { fetchOptions });

          const after = await eventsBytes(run, 'agenda');
          const status = await statusOf(run, 'agenda');
          if (status.state === 'error' || status.state === 'held') {
            expect(after).toEqual(previous);
            // The validators of a body not accepted are never stored.
            expect(status.etag).toBe(previousEtag);
            expect(status.lastSuccess === NIGHT1 || status.state === 'held').toBe(true);
          } else {
            expect(after).toEqual(await eventsBytes(control, 'agenda'));
            expect(status.lastSuccess).toBe(NIGHT2);
            expect(status.etag).toBe((await statusOf(control, 'agenda')).etag);
          }
          expect(status.occurrences).toBe(
            (JSON.parse(after.toString('utf8')) as { occurrences: unknown[] }).occurrences.length,
          );
        },
      ),
      { numRuns: 30 },
    );
  }, 300_000);
});
