import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireRunLock } from '../../scripts/ingest/run-lock.ts';
import { makeContentCopy, ORGANISATION } from '../support/content-copy.ts';
import { startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { root } from '../support/paths.ts';

const run = promisify(execFile);
const NOW = '2026-11-28T03:00:00+01:00';

/** Runs `node scripts/ingest.ts` and returns its exit code and output, failing or not. */
async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/ingest.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/** Every generated file of a content folder, by name. */
async function generated(contentDir: string): Promise<Record<string, string>> {
  const names = (await readdir(path.join(contentDir, 'events'))).filter((n) => n.endsWith('.json')).sort();
  const files: Record<string, string> = { 'status.json': await readFile(path.join(contentDir, 'status.json'), 'utf8') };
  for (const n of names) files[n] = await readFile(path.join(contentDir, 'events', n), 'utf8');
  return files;
}

let csv: string;
let server: FeedServer;
const local = (id: string) => ({
  id,
  name: `Ateliers ${id}`,
  organisation: ORGANISATION,
  format: 'csv',
  path: `feeds/${id}.csv`,
});

beforeAll(async () => {
  csv = await readFile(path.join(root, 'tests/fixtures/feeds/ateliers.csv'), 'utf8');
  server = await startFeedServer();
});
afterAll(() => server.close());

describe('npm run ingest', () => {
  it('prints its usage with --help and exits with 0, and 2 on an unknown option', async () => {
    const help = await ingest('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage : npm run ingest -- \[options\]/);
    for (const option of ['--now', '--only', '--offline', '--content', '--wait', '--help'])
      expect(help.stdout).toContain(option);
    const wrong = await ingest('--vite');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^Ingestion impossible : argument non compris : /);
  });

  it('sets a damaged events file aside, reads the source again and exits with 0', async () => {
    const dir = await makeContentCopy([local('janze')], { 'janze.csv': csv });
    await writeFile(path.join(dir, 'events/janze.json'), '{"sourceId": "janze", "occurrences": [{"id": "x", "tit');
    const result = await ingest('--content', dir, '--now', NOW);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^⚠ Ateliers janze : 3 occurrences, 1 rejetée ; ligne 5 : .* ; fichier abîmé mis de côté : set-aside\/events-janze\.2026-11-28T03-00-00\.json$/m,
    );
    expect(result.stdout).toMatch(/^\d+ occurrences au total/m);
  });

  it('exits with 1 and a clear message while another run holds the lock', async () => {
    const dir = await makeContentCopy([local('janze')], { 'janze.csv': csv });
    const lock = await acquireRunLock(dir);
    try {
      const result = await ingest('--content', dir, '--now', NOW);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^Ingestion impossible : une autre ingestion est en cours \(le processus \d+ sur /);
    } finally {
      await lock.release();
    }
  });

  it('prints a line per source and a summary, and changes nothing when run twice with the same --now', async () => {
    const ics = await readFile(path.join(root, 'tests/fixtures/feeds/ateliers.ics'));
    const calendar = {
      id: 'agenda',
      name: 'Agenda iCal',
      organisation: ORGANISATION,
      format: 'ics',
      path: 'feeds/agenda.ics',
    };
    const dir = await makeContentCopy([local('janze'), calendar], { 'janze.csv': csv, 'agenda.ics': ics });
    const first = await ingest('--content', dir, '--now', NOW);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^⚠ Ateliers janze : 3 occurrences, 1 rejetée ; ligne 5 : /m);
    expect(first.stdout).toMatch(/^⚠ Agenda iCal : 5 occurrences, 1 avertissement ; .*CLASS:PRIVATE/m);
    expect(first.stdout).toMatch(/^2 sources : 0 à jour, 2 avec avertissements, 0 en échec, 0 non lues\.$/m);
    expect(first.stdout).toMatch(/^8 occurrences au total, dont 0 doublon entre sources/m);
    const files = await generated(dir);
    expect(Object.keys(files)).toEqual(['status.json', 'agenda.json', 'janze.json']);
    expect((await ingest('--content', dir, '--now', NOW)).code).toBe(0);
    expect(await generated(dir)).toEqual(files);
  });

  it('reads only the source given by --only and keeps the others as they are', async () => {
    const dir = await makeContentCopy([local('janze'), local('retiers')], { 'janze.csv': csv, 'retiers.csv': csv });
    const result = await ingest('--content', dir, '--now', NOW, '--only', 'retiers');
    expect(result.stdout).not.toContain('Ateliers janze');
    expect(existsSync(path.join(dir, 'events/retiers.json'))).toBe(true);
    expect(existsSync(path.join(dir, 'events/janze.json'))).toBe(false);
    expect((await ingest('--content', dir, '--now', NOW, '--only', 'inconnue')).stderr).toContain(
      'Source inconnue « inconnue »',
    );
  });

  it('does not touch the network with --offline: remote sources keep their last data', async () => {
    server.route('/feed.csv', (_, res) => res.writeHead(200).end(csv));
    const remote = {
      id: 'distant',
      name: 'Flux distant',
      organisation: ORGANISATION,
      format: 'csv',
      url: server.url('/feed.csv'),
    };
    const dir = await makeContentCopy([remote, local('janze')], { 'janze.csv': csv });
    await ingest('--content', dir, '--now', NOW);
    const before = await readFile(path.join(dir, 'events/distant.json'));
    server.requests.length = 0;
    server.route('/feed.csv', (_, res) => res.writeHead(500).end());
    const result = await ingest('--content', dir, '--now', '2026-11-29T03:00:00+01:00', '--offline');
    expect(result.code).toBe(0);
    expect(server.requests).toEqual([]);
    expect(result.stdout).toMatch(
      /^⚠ Flux distant : Flux distant non lu : ingestion hors ligne\. \(données précédentes gardées : 3 occurrences\)$/m,
    );
    expect(await readFile(path.join(dir, 'events/distant.json'))).toEqual(before);
  });

  it('exits with 0 when a source fails, the others being written', async () => {
    const dir = await makeContentCopy([local('janze'), local('absente')], { 'janze.csv': csv });
    const result = await ingest('--content', dir, '--now', NOW);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^✗ Ateliers absente : Lecture impossible de feeds\/absente\.csv : fichier introuvable\. \(aucune donnée précédente\)$/m,
    );
    expect(existsSync(path.join(dir, 'events/janze.json'))).toBe(true);
  });

  it('stops with exit code 1 and names the entry when the registry is wrong, writing nothing', async () => {
    const dir = await makeContentCopy([local('janze'), { ...local('tableur'), format: 'xlsx' }], { 'janze.csv': csv });
    const status = await readFile(path.join(dir, 'status.json'), 'utf8');
    const result = await ingest('--content', dir, '--now', NOW);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('source n° 2 (« tableur »), `format`');
    expect(await readFile(path.join(dir, 'status.json'), 'utf8')).toBe(status);
    await writeFile(path.join(dir, 'sources.yaml'), 'sources: [');
    expect((await ingest('--content', dir, '--now', NOW)).code).toBe(1);
  });
});
