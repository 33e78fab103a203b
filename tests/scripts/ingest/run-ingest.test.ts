import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../../scripts/ingest/run-ingest.ts';
import type { FetchOptions } from '../../../scripts/ingest/fetch-feed.ts';
import { StatusFileSchema } from '../../../src/lib/domain/index.ts';
import { makeContentCopy, ORGANISATION } from '../../support/content-copy.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { root } from '../../support/paths.ts';

const night1 = new Date('2026-11-27T03:00:00+01:00');
const night2 = new Date('2026-11-28T03:00:00+01:00');
const fetchOptions: Partial<FetchOptions> = {
  timeoutMs: 300,
  retries: 1,
  backoffMs: 1,
  maxBytes: 100_000,
  sleep: () => Promise.resolve(),
};

let server: FeedServer;
let csv: string;
let contentDir: string;
const eventsFile = () => path.join(contentDir, 'events', 'ateliers.json');
const readStatus = async () =>
  StatusFileSchema.parse(JSON.parse(await readFile(path.join(contentDir, 'status.json'), 'utf8')));
const ingest = (now: Date) => runIngest({ contentDir, now, fetchOptions });

beforeAll(async () => {
  server = await startFeedServer();
  csv = await readFile(path.join(root, 'tests/fixtures/feeds/ateliers.csv'), 'utf8');
});
afterAll(() => server.close());

beforeEach(async () => {
  server.route('/ateliers.csv', (_, res) => res.writeHead(200, { etag: '"v1"', 'content-type': 'text/csv' }).end(csv));
  contentDir = await makeContentCopy([
    {
      id: 'ateliers',
      name: 'Ateliers numériques',
      organisation: ORGANISATION,
      format: 'csv',
      url: server.url('/ateliers.csv'),
      budget: { bytes: 100_000 },
    },
  ]);
  await ingest(night1);
  server.requests.length = 0;
});

describe('runIngest with a remote feed', () => {
  it('writes the occurrences read and records the feed’s health', async () => {
    const file = JSON.parse(await readFile(eventsFile(), 'utf8')) as {
      occurrences: { title: string; commune: string | null }[];
    };
    expect(file.occurrences.map((o) => [o.title, o.commune])).toEqual([
      ['Atelier tablette', '35136'],
      ['Déclarer ses impôts en ligne', '35239'],
      ['Initiation impression 3D', '35002'],
    ]);
    const [status] = (await readStatus()).sources;
    expect(status).toMatchObject({
      sourceId: 'ateliers',
      state: 'warning',
      httpStatus: 200,
      occurrences: 3,
      rejected: 1,
      etag: '"v1"',
    });
  });

  it('sends the stored ETag and, on a 304, reads the cached feed again with the night’s window', async () => {
    const before = await readFile(eventsFile());
    server.route('/ateliers.csv', (req, res) =>
      res.writeHead(req.headers['if-none-match'] === '"v1"' ? 304 : 500).end(),
    );
    const { reports } = await ingest(night2);
    expect(server.requests[0]?.headers['if-none-match']).toBe('"v1"');
    expect(reports[0]).toMatchObject({ outcome: 'read', via: 'not-modified' });
    expect(await readFile(eventsFile())).toEqual(before);
    expect((await readStatus()).sources[0]).toMatchObject({
      state: 'warning',
      httpStatus: 304,
      lastSuccess: '2026-11-28T03:00:00+01:00',
      etag: '"v1"',
    });
  });

  it('reads a gzip-compressed feed', async () => {
    const changed = csv.replace('Atelier tablette', 'Atelier smartphone');
    server.route('/ateliers.csv', (_, res) =>
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(changed)),
    );
    await ingest(night2);
    expect(await readFile(eventsFile(), 'utf8')).toContain('Atelier smartphone');
  });

  const failures: [string, (res: import('node:http').ServerResponse) => void, RegExp][] = [
    ['a 404', (res) => res.writeHead(404).end(), /HTTP 404/],
    ['a 500 after its retry', (res) => res.writeHead(500).end(), /HTTP 500/],
    ['a timeout', (res) => setTimeout(() => res.writeHead(200).end(csv), 1_000), /Pas de réponse/],
    ['a redirect loop', (res) => res.writeHead(302, { location: '/ateliers.csv' }).end(), /boucle/],
    [
      'an oversized body',
      (res) => res.writeHead(200).end(`Titre;Date\n${'x;01/12/2026\n'.repeat(20_000)}`),
      /dépasse 98 Ko/,
    ],
    [
      'a web page instead of the feed',
      (res) => res.writeHead(200).end('<!DOCTYPE html><html><body>Connexion</body></html>'),
      /page web/,
    ],
  ];
  it.each(failures)('keeps the previous file byte for byte after %s', async (_, respond, reason) => {
    const before = await readFile(eventsFile());
    server.route('/ateliers.csv', (_req, res) => {
      respond(res);
    });
    const { reports } = await ingest(night2);
    expect(reports[0]).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(reason) as unknown });
    expect(await readFile(eventsFile())).toEqual(before);
    expect((await readStatus()).sources[0]).toMatchObject({
      state: 'error',
      occurrences: 3,
      lastSuccess: '2026-11-27T03:00:00+01:00',
      staleSince: '2026-11-28T03:00:00+01:00',
    });
  });

  it('holds a feed whose count falls sharply, then accepts the drop after three nights', async () => {
    const many = [
      'Titre;Date;Début;Fin;Lieu',
      ...Array.from({ length: 12 }, (_, i) => `Atelier ${i};${String(i + 1).padStart(2, '0')}/12/2026;14h;16h;Janzé`),
    ];
    server.route('/ateliers.csv', (_, res) => res.writeHead(200).end(many.join('\n')));
    await ingest(night2);
    const full = await readFile(eventsFile());
    server.route('/ateliers.csv', (_, res) => res.writeHead(200).end(many.slice(0, 4).join('\n')));
    for (const [night, nightsLeft] of [
      ['2026-11-29', 2],
      ['2026-11-30', 1],
      ['2026-11-30', 1],
      ['2026-12-01', 0],
    ] as const) {
      await ingest(new Date(`${night}T03:00:00+01:00`));
      expect(await readFile(eventsFile())).toEqual(full);
      expect((await readStatus()).sources[0]).toMatchObject({
        state: 'held',
        occurrences: 12,
        hold: { since: '2026-11-29T03:00:00+01:00', previousUpcoming: 12, newUpcoming: 3, nightsLeft },
      });
    }
    await ingest(new Date('2026-12-02T03:00:00+01:00'));
    expect((await readStatus()).sources[0]).toMatchObject({
      state: 'warning',
      dropFlagged: true,
      hold: null,
      occurrences: 3,
    });
    expect(await readFile(eventsFile(), 'utf8')).not.toContain('Atelier 5');
  });

  it('keeps firstSeen of occurrences already seen and stamps new ones with the night they appear', async () => {
    server.route('/ateliers.csv', (_, res) =>
      res.writeHead(200).end(`${csv.trimEnd()}\nCafé numérique;18/12/2026;10h;12h;Brie\n`),
    );
    await ingest(night2);
    const file = JSON.parse(await readFile(eventsFile(), 'utf8')) as {
      occurrences: { title: string; firstSeen: string }[];
    };
    expect(file.occurrences.map((o) => [o.title, o.firstSeen])).toEqual([
      ['Atelier tablette', '2026-11-27T03:00:00+01:00'],
      ['Déclarer ses impôts en ligne', '2026-11-27T03:00:00+01:00'],
      ['Initiation impression 3D', '2026-11-27T03:00:00+01:00'],
      ['Café numérique', '2026-11-28T03:00:00+01:00'],
    ]);
  });

  it('removes the file of a source taken out of the registry', async () => {
    await writeFile(path.join(contentDir, 'sources.yaml'), 'sources: []\n');
    const { removed } = await ingest(night2);
    expect(removed).toEqual(['ateliers']);
    await expect(readFile(eventsFile())).rejects.toThrow(/ENOENT/);
  });
});
