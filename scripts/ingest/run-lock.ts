import { link, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

/** `content/.ingest.lock`: held by the run writing into this content folder (ignored by git). */
export const LOCK_FILE = '.ingest.lock';

/** Who holds the lock. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the run started (the machine's clock, not `--now`). */
  startedAt: string;
}

/** How long to wait for another run, and when a lock is stale. */
export interface LockOptions {
  /** Longest wait for the other run to finish (ms); 0: give up at once. */
  waitMs: number;
  /** A lock older than this is stale whatever its process (ms). Default 2 hours. */
  staleMs: number;
  /** Pause between two looks at a held lock (ms). */
  pollMs: number;
  /** Called once when the run starts waiting. */
  onWait?: (holder: LockHolder) => void;
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { waitMs: 0, staleMs: 2 * 3_600_000, pollMs: 500 };

/** Another run holds the lock and did not finish within the wait. */
export class RunLockedError extends Error {
  override readonly name = 'RunLockedError';
  readonly holder: LockHolder | null;
  constructor(holder: LockHolder | null, waitMs: number) {
    const who =
      holder === null
        ? 'un autre processus'
        : `le processus ${holder.pid} sur ${holder.host}, commencée le ${holder.startedAt}`;
    super(
      `une autre ingestion est en cours (${who})${waitMs > 0 ? ` et n’a pas fini après ${Math.round(waitMs / 1000)} s d’attente` : ''} : relancez plus tard, ou avec --wait <secondes> pour l’attendre.`,
    );
    this.holder = holder;
  }
}

/** The lock held by this run: `release` removes it (only if it is still ours). */
export interface RunLock {
  /** A stale lock taken over at the start (a run that crashed), if any. */
  recovered: LockHolder | null;
  release: () => Promise<void>;
}

async function readHolder(file: string): Promise<LockHolder | null | 'absent'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw cause;
  }
  try {
    const data = JSON.parse(text) as Partial<LockHolder>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.startedAt === 'string')
      return { pid: data.pid, host: data.host, startedAt: data.startedAt };
  } catch {
    // An unreadable lock is stale: it is always written whole (see `tryCreate`).
  }
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    // EPERM: the process exists but belongs to someone else.
    return (cause as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock is stale when unreadable, too old, or held by a process of this machine that is gone. */
function isStale(holder: LockHolder | null, staleMs: number, now: number): boolean {
  if (holder === null) return true;
  const started = Date.parse(holder.startedAt);
  if (Number.isNaN(started) || now - started > staleMs) return true;
  return holder.host === hostname() && !isAlive(holder.pid);
}

/** Creates the lock whole or not at all: written aside, then hard-linked into place (fails if it exists). */
async function tryCreate(file: string, holder: LockHolder): Promise<boolean> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(holder)}\n`);
  try {
    await link(temp, file);
    return true;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw cause;
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Takes the run lock of a content folder. A lock left by a run that crashed (its process gone, or
 * older than `staleMs`, or unreadable) is taken over; a live one is waited for up to `waitMs`, then
 * RunLockedError (a clear French message).
 */
export async function acquireRunLock(contentDir: string, overrides: Partial<LockOptions> = {}): Promise<RunLock> {
  const options = { ...DEFAULT_LOCK_OPTIONS, ...overrides };
  const file = path.join(contentDir, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const started = Date.now();
  let recovered: LockHolder | null = null;
  let waiting = false;
  for (;;) {
    if (await tryCreate(file, mine)) {
      return {
        recovered,
        release: async () => {
          const holder = await readHolder(file);
          if (holder !== 'absent' && holder?.pid === mine.pid && holder.startedAt === mine.startedAt) await rm(file);
        },
      };
    }
    const holder = await readHolder(file);
    if (holder === 'absent') continue;
    if (isStale(holder, options.staleMs, Date.now())) {
      recovered = holder ?? { pid: 0, host: 'inconnu', startedAt: 'inconnu' };
      await rm(file, { force: true });
      continue;
    }
    const waited = Date.now() - started;
    if (waited >= options.waitMs) throw new RunLockedError(holder, options.waitMs);
    if (!waiting && holder !== null) options.onWait?.(holder);
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, Math.min(options.pollMs, options.waitMs - waited)));
  }
}
