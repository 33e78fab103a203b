import { execFile, spawn } from 'node:child_process';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { SourceEventsSchema, StatusFileSchema } from '../../../src/lib/domain/index.ts';
import { makeContentCopy, ORGANISATION } from '../../support/content-copy.ts';
import { weeklyFeed } from '../../support/ingest-run.ts';
import { root } from '../../support/paths.ts';

const run = promisify(execFile);
const NIGHT1 = '2026-11-27T03:00:00+01:00';
const NIGHT2 = '2026-11-28T03:00:00+01:00';
const source = { id: 'agenda', name: 'Agenda', organisation: ORGANISATION, format: 'ics', path: 'feeds/agenda.ics' };
// Big enough (about 15 000 dates, a file of some 10 MB) for a write to take a while.
const before = weeklyFeed(270, 'Avant');
const after = weeklyFeed(270, 'Après');

const ingest = (dir: string, now: string) =>
  run(process.execPath, ['scripts/ingest.ts', '--content', dir, '--now', now], { cwd: root, maxBuffer: 1 << 20 });

/** Starts the ingest and kills it with SIGKILL after `delayMs`, or lets it end if it is faster. */
async function killDuring(dir: string, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, ['scripts/ingest.ts', '--content', dir, '--now', NIGHT2], {
    cwd: root,
    stdio: 'ignore',
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  await new Promise((resolve) => child.on('exit', resolve));
  clearTimeout(timer);
}

const temporaryFiles = async (dir: string) =>
  (
    await Promise.all(
      ['', 'events'].map(async (d) => (await readdir(path.join(dir, d))).filter((n) => n.endsWith('.tmp'))),
    )
  ).flat();

let oldBytes: string;
let newBytes: string;
let start: string;

beforeAll(async () => {
  start = await makeContentCopy([source], { 'agenda.ics': before });
  await ingest(start, NIGHT1);
  oldBytes = await readFile(path.join(start, 'events/agenda.json'), 'utf8');
  await writeFile(path.join(start, 'feeds/agenda.ics'), after);
  const control = `${start}-control`;
  await cp(start, control, { recursive: true });
  await ingest(control, NIGHT2);
  newBytes = await readFile(path.join(control, 'events/agenda.json'), 'utf8');
}, 120_000);

describe('npm run ingest killed at any instant', () => {
  it.each([200, 600, 1_200, 2_000])(
    'leaves a valid events file, old or new whole, and the next run repairs the rest (killed after %i ms)',
    async (delayMs) => {
      const dir = `${start}-${delayMs}`;
      await cp(start, dir, { recursive: true });
      await killDuring(dir, delayMs);
      const events = await readFile(path.join(dir, 'events/agenda.json'), 'utf8');
      expect([oldBytes, newBytes]).toContain(events);
      StatusFileSchema.parse(JSON.parse(await readFile(path.join(dir, 'status.json'), 'utf8')));

      const { stdout } = await ingest(dir, NIGHT2);
      expect(stdout).toMatch(/^✓ Agenda : /m);
      expect(await temporaryFiles(dir)).toEqual([]);
      expect(await readFile(path.join(dir, 'events/agenda.json'), 'utf8')).toBe(newBytes);
      const status = StatusFileSchema.parse(JSON.parse(await readFile(path.join(dir, 'status.json'), 'utf8')));
      const file = SourceEventsSchema.parse(JSON.parse(newBytes));
      expect(status.sources[0]).toMatchObject({ state: 'ok', occurrences: file.occurrences.length });
    },
    60_000,
  );

  it('removes the temporary files a crash left, which git ignores, and takes over the dead run’s lock', async () => {
    const dir = `${start}-leftovers`;
    await cp(start, dir, { recursive: true });
    await writeFile(path.join(dir, 'events/.agenda.json.4242.tmp'), oldBytes.slice(0, 1_000));
    await writeFile(path.join(dir, '.status.json.4242.tmp'), '{');
    await writeFile(
      path.join(dir, '.ingest.lock'),
      JSON.stringify({ pid: 999_999_999, host: 'machine-arretee', startedAt: '2026-11-27T01:00:00.000Z' }),
    );
    const { stdout } = await ingest(dir, NIGHT2);
    expect(stdout).toContain('Verrou d’une ingestion interrompue repris (processus 999999999');
    expect(stdout).toContain('Fichiers temporaires d’une ingestion interrompue supprimés : 2.');
    expect(await temporaryFiles(dir)).toEqual([]);
    for (const leftover of [
      'content/events/.fablab.json.4242.tmp',
      'content/.status.json.4242.tmp',
      'content/.ingest.lock',
    ]) {
      await expect(run('git', ['check-ignore', '-q', leftover], { cwd: root })).resolves.toBeDefined();
    }
  });
});
