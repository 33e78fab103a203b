import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDailySeriesFeed, generatePlainEventsFeed } from '../../../scripts/bench/generate-hostile-feeds.ts';
import { makeContentCopy, ORGANISATION } from '../../support/content-copy.ts';
import { startFeedServer, type FeedServer } from '../../support/feed-server.ts';
import { eventsBytes, eventsOf, ingestAt, statusOf, weeklyFeed } from '../../support/ingest-run.ts';
import { root } from '../../support/paths.ts';

const NIGHT1 = '2026-11-27T03:00:00+01:00';
const NIGHT2 = '2026-11-28T03:00:00+01:00';
let server: FeedServer;
let dir: string;
let csv: string;
const good = weeklyFeed(12);
/** Dates of the good feed in the window (56 a series), and those still to come on night 2 (52 a series). */
const GOOD_COUNT = 12 * 56;
const GOOD_UPCOMING = 12 * 52;

const remote = () => ({
  id: 'agenda',
  name: 'Agenda distant',
  organisation: ORGANISATION,
  format: 'ics',
  url: server.url('/agenda.ics'),
});
const local = {
  id: 'ateliers',
  name: 'Ateliers',
  organisation: ORGANISATION,
  format: 'csv',
  path: 'feeds/ateliers.csv',
};

function serve(body: string | Buffer, headers: Record<string, string> = {}): void {
  server.route('/agenda.ics', (_, res) =>
    res.writeHead(200, { 'content-type': 'text/calendar', ...headers }).end(body),
  );
}

/** Sends `body` with no length and closes the connection after it: HTTP/1.1 read until close. */
function sendUntilClose(res: ServerResponse, body: string): void {
  res.socket?.end(`HTTP/1.1 200 OK\r\nContent-Type: text/calendar\r\nETag: "cut"\r\nConnection: close\r\n\r\n${body}`);
}

beforeAll(async () => {
  server = await startFeedServer();
  csv = await readFile(path.join(root, 'tests/fixtures/feeds/ateliers.csv'), 'utf8');
});
afterAll(() => server.close());

beforeEach(async () => {
  serve(good, { etag: '"v1"' });
  dir = await makeContentCopy([remote(), local], { 'ateliers.csv': csv });
  await ingestAt(dir, NIGHT1);
  server.requests.length = 0;
});

/** The remote source kept its night-1 file byte for byte, and its status says so. */
async function expectKept(before: Buffer) {
  expect(await eventsBytes(dir, 'agenda')).toEqual(before);
  const status = await statusOf(dir, 'agenda');
  expect(status).toMatchObject({
    state: 'error',
    occurrences: GOOD_COUNT,
    lastSuccess: NIGHT1,
    staleSince: NIGHT2,
    etag: '"v1"',
  });
  // The other source of the run is read as usual.
  expect(await statusOf(dir, 'ateliers')).toMatchObject({ lastSuccess: NIGHT2 });
  return status;
}

describe('budgets: a feed past its limits is refused and never takes the run down', () => {
  it('refuses the 20 000 daily series feed, writes a true status.json and keeps the last good data', async () => {
    const before = await eventsBytes(dir, 'agenda');
    serve(generateDailySeriesFeed(20_000, new Date(NIGHT2)), { etag: '"huge"' });
    const summary = await ingestAt(dir, NIGHT2);
    expect(summary.reports.map((r) => r.outcome).sort()).toEqual(['failed', 'read']);
    const status = await expectKept(before);
    expect(status.message).toMatch(/^Le flux donne plus de 20 000 dates sur la période lue/);
    expect(status.detail).toBe(
      'budget.occurrences dépassé : au moins 20001 pour une limite de 20000 (à relever dans sources.yaml si le flux est légitime)',
    );
    expect(status.usage).toMatchObject({ events: 20_000, occurrences: 20_001 });
    expect(status.budget).toEqual({ bytes: 10_485_760, events: 20_000, occurrences: 20_000, series: 2_000 });
  });

  it('refuses 1 000 endless daily series instead of writing hundreds of thousands of dates', async () => {
    const before = await eventsBytes(dir, 'agenda');
    serve(generateDailySeriesFeed(1_000, new Date(NIGHT2)));
    await ingestAt(dir, NIGHT2);
    await expectKept(before);
  });

  it('refuses 100 000 plain VEVENTs before reading them', async () => {
    const before = await eventsBytes(dir, 'agenda');
    serve(generatePlainEventsFeed(100_000, new Date(NIGHT2)));
    await ingestAt(dir, NIGHT2);
    const status = await expectKept(before);
    expect(status.message).toMatch(/^Le flux contient plus de 20 000 événements \(VEVENT ou lignes\)/);
    expect(status.usage).toMatchObject({ events: 100_000, occurrences: 0 });
  });

  it('applies a source’s own budget over the defaults: series here', async () => {
    await writeFile(
      path.join(dir, 'sources.yaml'),
      (await readFile(path.join(dir, 'sources.yaml'), 'utf8')).replace(
        'format: ics',
        'format: ics\n    budget:\n      series: 5',
      ),
    );
    const before = await eventsBytes(dir, 'agenda');
    serve(weeklyFeed(12, 'Autre atelier'));
    await ingestAt(dir, NIGHT2);
    const status = await expectKept(before);
    expect(status.budget).toMatchObject({ series: 5, occurrences: 20_000 });
    expect(status.usage).toMatchObject({ series: 12 });
    expect(status.message).toMatch(/^Le flux contient plus de 5 événements différents/);
  });
});

describe('occurrences roll forward on an unchanged feed', () => {
  it('reads the cached feed again with each night’s window when the server answers 304', async () => {
    server.route('/agenda.ics', (req, res) => res.writeHead(req.headers['if-none-match'] === '"v1"' ? 304 : 500).end());
    const later = '2027-12-15T03:00:00+01:00';
    await ingestAt(dir, later);
    const { occurrences } = await eventsOf(dir, 'agenda');
    expect(occurrences.some((o) => o.start.startsWith('2028-01'))).toBe(true);
    expect(await statusOf(dir, 'agenda')).toMatchObject({ state: 'ok', httpStatus: 304, lastSuccess: later });
    expect((await statusOf(dir, 'agenda')).upcoming).toBeGreaterThan(12 * 48);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
  });
});

describe('the cache of the last body accepted', () => {
  it('keeps the body as received beside its SHA-256 and validators, and nothing for a local file', async () => {
    expect(await readFile(path.join(dir, 'cache/agenda.ics'), 'utf8')).toBe(good);
    expect(JSON.parse(await readFile(path.join(dir, 'cache/agenda.json'), 'utf8'))).toMatchObject({
      sourceId: 'agenda',
      format: 'ics',
      bytes: Buffer.byteLength(good),
      etag: '"v1"',
      lastModified: null,
    });
    expect((await readdir(path.join(dir, 'cache'))).filter((n) => n !== 'README.md')).toEqual([
      'agenda.ics',
      'agenda.json',
    ]);
  });

  it('downloads the feed whole, without validators, when the cached body no longer matches its description', async () => {
    await writeFile(path.join(dir, 'cache/agenda.ics'), good.slice(0, 100));
    await ingestAt(dir, NIGHT2);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBeUndefined();
    expect(await readFile(path.join(dir, 'cache/agenda.ics'), 'utf8')).toBe(good);
    expect(await statusOf(dir, 'agenda')).toMatchObject({ state: 'ok', httpStatus: 200 });
  });
});

describe('completeness before replacement', () => {
  it('refuses a body with no length closed halfway, and never stores its ETag', async () => {
    const before = await eventsBytes(dir, 'agenda');
    server.route('/agenda.ics', (_, res) => {
      sendUntilClose(res, good.slice(0, Math.floor(good.length * 0.6)));
    });
    await ingestAt(dir, NIGHT2);
    const status = await expectKept(before);
    expect(status.message).toMatch(/^Le calendrier reçu est incomplet/);
    server.route('/agenda.ics', (req, res) => res.writeHead(req.headers['if-none-match'] === '"v1"' ? 304 : 200).end());
    await ingestAt(dir, '2026-11-29T03:00:00+01:00');
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"v1"');
    expect(await statusOf(dir, 'agenda')).toMatchObject({ state: 'ok', etag: '"v1"', occurrences: GOOD_COUNT });
  });

  it('refuses a calendar whose end is missing even when its length is right', async () => {
    const before = await eventsBytes(dir, 'agenda');
    serve(good.replace('END:VCALENDAR\r\n', ''), { etag: '"v2"' });
    await ingestAt(dir, NIGHT2);
    expect((await expectKept(before)).etag).toBe('"v1"');
  });

  it('refuses a spreadsheet whose last row is cut', async () => {
    const before = await eventsBytes(dir, 'ateliers');
    await writeFile(path.join(dir, 'feeds/ateliers.csv'), csv.slice(0, csv.indexOf('Initiation impression 3D') + 20));
    await ingestAt(dir, NIGHT2);
    expect(await eventsBytes(dir, 'ateliers')).toEqual(before);
    expect(await statusOf(dir, 'ateliers')).toMatchObject({
      state: 'error',
      message:
        'Le fichier reçu est incomplet (sa dernière ligne est coupée) : il est refusé et les données précédentes sont gardées. Si cela se répète, vérifiez que le lien donne le fichier entier.',
    });
  });
});

describe('sudden drops are held', () => {
  it.each([
    ['to a single event', weeklyFeed(1), 52],
    ['to half its events', weeklyFeed(6), 6 * 52],
    ['to none', weeklyFeed(0), 0],
  ])('keeps the previous data when the feed falls %s, saying why', async (_, feed, remaining) => {
    const before = await eventsBytes(dir, 'agenda');
    serve(feed, { etag: '"dropped"' });
    await ingestAt(dir, NIGHT2);
    expect(await eventsBytes(dir, 'agenda')).toEqual(before);
    const status = await statusOf(dir, 'agenda');
    expect(status).toMatchObject({ state: 'held', etag: '"v1"', consecutiveFailures: 0 });
    expect(status.hold).toEqual({
      since: NIGHT2,
      previousUpcoming: GOOD_UPCOMING,
      newUpcoming: remaining,
      nightsLeft: 2,
    });
    expect(status.upcoming).toBe(GOOD_UPCOMING);
    expect(status.message).toMatch(/par prudence, les données précédentes restent affichées encore 2 nuits/);
  });
});

describe('one run at a time', () => {
  it('refuses a second run while one is writing, with a clear message, then lets the next one in', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.route('/agenda.ics', (_, res) => {
      void gate.then(() => res.writeHead(200, { etag: '"v2"' }).end(weeklyFeed(12, 'Version 2')));
    });
    const first = ingestAt(dir, NIGHT2);
    while (!existsSync(path.join(dir, '.ingest.lock'))) await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await ingestAt(dir, NIGHT2).catch((error: unknown) => error);
    expect(second).toMatchObject({ name: 'RunLockedError' });
    expect((second as Error).message).toMatch(
      new RegExp(
        `^une autre ingestion est en cours \\(le processus ${process.pid} sur .+\\) : relancez plus tard, ou avec --wait <secondes> pour l’attendre\\.$`,
      ),
    );
    const waiting = ingestAt(dir, NIGHT2, { lock: { waitMs: 10_000, pollMs: 20 } });
    release();
    await first;
    await waiting;
    expect(existsSync(path.join(dir, '.ingest.lock'))).toBe(false);
    expect(await statusOf(dir, 'agenda')).toMatchObject({ etag: '"v2"' });
    expect((await eventsOf(dir, 'agenda')).occurrences[0]?.title).toMatch(/^Version 2/);
  });
});

describe('text safe for every output', () => {
  it('removes U+FFFE and U+FFFF from a spreadsheet title before anything is written', async () => {
    await writeFile(
      path.join(dir, 'feeds/ateliers.csv'),
      csv.replace('Atelier tablette', 'Atelier\uFFFE tab\uFFFFlette'),
    );
    await ingestAt(dir, NIGHT2);
    const text = await readFile(path.join(dir, 'events/ateliers.json'), 'utf8');
    expect(text).toContain('"title": "Atelier tablette"');
    expect(text).not.toMatch(/[\uFFFE\uFFFF]/);
  });
});

describe('a damaged previous file', () => {
  it('is set aside, named in the status, and the source read again from its feed', async () => {
    const file = path.join(dir, 'events/agenda.json');
    const damaged = (await readFile(file, 'utf8')).slice(0, 5_000);
    await writeFile(file, damaged);
    const summary = await ingestAt(dir, NIGHT2);
    const status = await statusOf(dir, 'agenda');
    expect(status).toMatchObject({
      state: 'ok',
      setAside: 'set-aside/events-agenda.2026-11-28T03-00-00.json',
      occurrences: GOOD_COUNT,
    });
    expect(await readFile(path.join(dir, status.setAside ?? ''), 'utf8')).toBe(damaged);
    expect(summary.occurrences).toBeGreaterThan(GOOD_COUNT);
    // A later night still names the file kept for inspection, as long as it is there.
    await ingestAt(dir, '2026-11-29T03:00:00+01:00');
    expect((await statusOf(dir, 'agenda')).setAside).toBe(status.setAside);
  });

  it('sets a damaged status.json aside and starts the feeds’ health again', async () => {
    await writeFile(path.join(dir, 'status.json'), '{"generatedAt": "2026-11-27T03:00:00+01:00", "sources": [');
    const summary = await ingestAt(dir, NIGHT2);
    expect(summary.statusSetAside).toBe('set-aside/status.2026-11-28T03-00-00.json');
    expect(await statusOf(dir, 'agenda')).toMatchObject({ state: 'ok' });
    expect((await readdir(path.join(dir, 'set-aside'))).filter((n) => n !== 'README.md')).toEqual([
      'status.2026-11-28T03-00-00.json',
    ]);
  });
});
