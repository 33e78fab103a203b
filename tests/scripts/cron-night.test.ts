import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { root } from '../support/paths.ts';

const run = promisify(execFile);
/** Demo sources kept in the clone: the fewer, the faster each build. */
const KEPT_SOURCES = ['orditous', 'pij'];

let dir: string;
let repo: string;
let remote: string;
let www: string;
let shims: string;

const git = async (cwd: string, ...args: string[]) => (await run('git', args, { cwd })).stdout.trim();

/** The server's clone: two demo sources, the dependencies of this repository, a bare remote to push to. */
async function prepareServer(): Promise<void> {
  await run('git', ['clone', '--quiet', root, repo]);
  const file = path.join(repo, 'content/sources.yaml');
  const registry = parse(await readFile(file, 'utf8')) as { sources: { id: string }[] };
  await writeFile(file, stringify({ sources: registry.sources.filter((s) => KEPT_SOURCES.includes(s.id)) }));
  for (const name of await readdir(path.join(repo, 'content/events')))
    if (!KEPT_SOURCES.includes(name.replace(/\.json$/, ''))) await rm(path.join(repo, 'content/events', name));
  await git(repo, 'add', '-A');
  await git(repo, '-c', 'user.name=test', '-c', 'user.email=test@exemple.fr', 'commit', '-qm', 'Deux sources');
  await run('git', ['clone', '--quiet', '--bare', repo, remote]);
  await git(repo, 'remote', 'set-url', 'origin', remote);
  await git(repo, 'fetch', '--quiet', 'origin');
  await git(repo, 'branch', '--quiet', '--set-upstream-to', `origin/${await git(repo, 'branch', '--show-current')}`);
  await mkdir(path.join(repo, 'node_modules'));
  for (const name of await readdir(path.join(root, 'node_modules')))
    if (!['.astro', '.vite', '.cache'].includes(name))
      await symlink(path.join(root, 'node_modules', name), path.join(repo, 'node_modules', name));
  // `npm ci` would reinstall what is linked above: the shim skips it and passes every other command on.
  const npm = (await run('sh', ['-c', 'command -v npm'])).stdout.trim();
  await writeFile(path.join(shims, 'npm'), `#!/bin/sh\n[ "$1" = ci ] && exit 0\nexec "${npm}" "$@"\n`);
  await chmod(path.join(shims, 'npm'), 0o755);
}

async function night(): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    PATH: `${shims}:${process.env['PATH'] ?? ''}`,
    REPERES_REPO: repo,
    REPERES_WWW: www,
    REPERES_KEEP: '1',
  };
  try {
    const { stdout, stderr } = await run(path.join(root, 'deploy/cron/reperes-nuit.sh'), [], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'reperes-cron-'));
  repo = path.join(dir, 'srv/reperes-numeriques');
  remote = path.join(dir, 'depot.git');
  www = path.join(dir, 'www');
  shims = path.join(dir, 'bin');
  await mkdir(shims, { recursive: true });
  await mkdir(www);
  await prepareServer();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('deploy/cron/reperes-nuit.sh', () => {
  it('reads the feeds, commits and pushes the data, publishes the site at once and prints the summary', async () => {
    const before = await git(repo, 'rev-parse', 'HEAD');
    const first = await night();
    expect(first.code, `${first.stdout}\n${first.stderr}`).toBe(0);
    expect(first.stdout).toMatch(/^# Repères numériques — nuit du /);
    expect(first.stdout).toContain('## Flux des partenaires');
    expect(await git(repo, 'log', '-1', '--format=%s')).toMatch(/^Données de la nuit du \d{4}-\d{2}-\d{2}$/);
    expect(await git(repo, 'diff', '--name-only', before, 'HEAD')).toMatch(/^content\//);
    expect(await git(repo, 'status', '--porcelain')).toBe('');
    expect(await git(remote, 'rev-parse', 'HEAD')).toBe(await git(repo, 'rev-parse', 'HEAD'));
    const published = await readlink(path.join(www, 'dist'));
    expect(published).toMatch(/^versions\/\d{8}-\d{6}$/);
    expect(await readFile(path.join(www, 'dist/index.html'), 'utf8')).toContain('Repères numériques');

    const second = await night();
    expect(second.code, second.stderr).toBe(0);
    const now = await readlink(path.join(www, 'dist'));
    expect(now).not.toBe(published);
    expect(await readdir(path.join(www, 'versions'))).toEqual([now.replace('versions/', '')]);
  }, 600_000);
});
