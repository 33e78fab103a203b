import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { acquireRunLock, LOCK_FILE, RunLockedError } from '../../../scripts/ingest/run-lock.ts';

let dir: string;
const lockFile = () => path.join(dir, LOCK_FILE);
const holder = (fields: Record<string, unknown>) =>
  JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), ...fields });

/** The pid of a process that has just ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid ?? 0;
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'reperes-lock-'));
});

describe('acquireRunLock', () => {
  it('writes who holds the lock and removes it on release', async () => {
    const lock = await acquireRunLock(dir);
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(lock.recovered).toBeNull();
    await lock.release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('refuses a second holder while the first one lives', async () => {
    const first = await acquireRunLock(dir);
    await expect(acquireRunLock(dir)).rejects.toBeInstanceOf(RunLockedError);
    await first.release();
    await (await acquireRunLock(dir)).release();
  });

  it('waits for the holder to finish when asked to', async () => {
    const first = await acquireRunLock(dir);
    let waitedFor: number | null = null;
    const second = acquireRunLock(dir, { waitMs: 5_000, pollMs: 10, onWait: (h) => (waitedFor = h.pid) });
    setTimeout(() => void first.release(), 100);
    await (await second).release();
    expect(waitedFor).toBe(process.pid);
  });

  it.each([
    ['whose process is gone', async () => holder({ pid: await deadPid() })],
    ['older than the stale limit', () => Promise.resolve(holder({ startedAt: '2026-01-01T00:00:00.000Z' }))],
    ['that cannot be read', () => Promise.resolve('{"pid": 12')],
  ])('takes over a lock %s', async (_, content) => {
    const text = await content();
    await writeFile(lockFile(), text);
    const lock = await acquireRunLock(dir);
    expect(lock.recovered).not.toBeNull();
    expect(JSON.parse(await readFile(lockFile(), 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('does not remove a lock that another run has taken since', async () => {
    const lock = await acquireRunLock(dir);
    await writeFile(lockFile(), holder({ pid: 1, host: 'autre-machine' }));
    await lock.release();
    expect(existsSync(lockFile())).toBe(true);
  });
});
