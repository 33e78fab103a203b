import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { toZonedDate } from '../../src/lib/time/zoned-time.ts';
import { freePort, linkDependencies, startServer } from '../support/local-project.ts';
import { root } from '../support/paths.ts';

const run = promisify(execFile);
/** Demo sources kept in the clone: the fewer, the faster its build. */
const KEPT_SOURCES = ['orditous', 'pij'];

let dir: string;
let clone: string;

const git = async (...args: string[]) => (await run('git', args, { cwd: clone })).stdout;

/** Keeps two demo sources and commits that in the clone: the check is on a smaller site, still versioned. */
async function trimDemo(): Promise<void> {
  const registry = parse(await readFile(path.join(clone, 'content/sources.yaml'), 'utf8')) as {
    sources: { id: string }[];
  };
  await writeFile(
    path.join(clone, 'content/sources.yaml'),
    stringify({ sources: registry.sources.filter((s) => KEPT_SOURCES.includes(s.id)) }),
  );
  for (const name of await readdir(path.join(clone, 'content/events'))) {
    if (!KEPT_SOURCES.includes(name.replace(/\.json$/, ''))) await rm(path.join(clone, 'content/events', name));
  }
  await git('add', '-A');
  await git(
    '-c',
    'user.name=test',
    '-c',
    'user.email=test@exemple.fr',
    'commit',
    '-qm',
    'Deux sources de démonstration',
  );
}

/** Polls until the site answers; fails if npm start exits first, or after five minutes (a safety net). */
async function waitUntilServed(url: string, child: { exitCode: number | null }, output: () => string) {
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start s’est arrêté (${child.exitCode}) :\n${output()}`);
    if (Date.now() > deadline) throw new Error(`npm start ne sert rien sur ${url} :\n${output()}`);
    const response = await fetch(url).catch(() => null);
    if (response?.ok === true) return response.text();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'reperes-clone-'));
  clone = path.join(dir, 'reperes');
  await run('git', ['clone', '--quiet', root, clone]);
  await trimDemo();
  await linkDependencies(clone);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm start on a fresh clone', () => {
  it('builds and serves the demo for today, and leaves no versioned file changed', async () => {
    expect(await git('status', '--porcelain')).toBe('');
    const port = await freePort();
    const server = startServer('npm', ['start'], { cwd: clone, env: { ...process.env, PORT: String(port) } });
    try {
      const home = await waitUntilServed(`http://127.0.0.1:${port}/`, server.child, server.output);
      expect(home).toContain('Repères numériques');
      const agenda = await (await fetch(`http://127.0.0.1:${port}/agenda.ics`)).text();
      expect(agenda).toContain('BEGIN:VCALENDAR');
    } finally {
      await server.stop();
    }
    expect(await git('status', '--porcelain')).toBe('');
    const demo = JSON.parse(await readFile(path.join(clone, '.demo/content/status.json'), 'utf8')) as {
      generatedAt: string;
      sources: { sourceId: string }[];
    };
    expect(demo.generatedAt.slice(0, 10)).toBe(toZonedDate(Date.now()));
    expect(demo.sources.map((s) => s.sourceId)).toEqual(KEPT_SOURCES);
  }, 600_000);
});
