import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths.ts';

/*
 * `updatedOn` in a place's front matter is the open data's `date_maj`: the day the record last
 * changed. Whoever edits a place sets it; this test reads the file's git history and fails when a
 * change to anything but `updatedOn` itself was committed (or is waiting in the working tree) after
 * that day.
 */
const run = promisify(execFile);
const git = async (...args: string[]) => (await run('git', args, { cwd: root, maxBuffer: 16 * 1024 * 1024 })).stdout;
const placesDir = path.join(root, 'content/places');

/** `true` when a diff changes a line other than `updatedOn:`. */
const changesFacts = (diff: string) =>
  diff
    .split('\n')
    .filter((l) => /^[+-]/.test(l) && !/^(\+\+\+|---) /.test(l))
    .some((l) => !/^[+-]updatedOn:/.test(l));

/** The day (committer's, `YYYY-MM-DD`) of the last commit that changed the file's facts, or `null`. */
async function lastFactChange(file: string): Promise<string | null> {
  const log = await git('log', '-p', '--format=COMMIT %cs', '--', file);
  for (const entry of log.split(/^COMMIT /m).slice(1)) {
    const [day = '', ...diff] = entry.split('\n');
    if (changesFacts(diff.join('\n'))) return day;
  }
  return null;
}

const updatedOnOf = async (file: string) =>
  /^updatedOn: '?(\d{4}-\d{2}-\d{2})'?$/m.exec(await readFile(file, 'utf8'))?.[1];

describe('updatedOn of the committed places', () => {
  it('is set on every place', async () => {
    const files = (await readdir(placesDir)).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const f of files) if ((await updatedOnOf(path.join(placesDir, f))) === undefined) missing.push(f);
    expect(missing).toEqual([]);
  });

  it('is no earlier than the last change of the record in git, committed or not', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const stale: string[] = [];
    for (const f of (await readdir(placesDir)).filter((name) => name.endsWith('.md'))) {
      const file = path.join(placesDir, f);
      const updatedOn = (await updatedOnOf(file)) ?? '';
      const pending = changesFacts(await git('diff', 'HEAD', '--', file));
      const changed = pending ? today : await lastFactChange(file);
      if (changed !== null && changed > updatedOn) stale.push(`${f} : modifié le ${changed}, updatedOn ${updatedOn}`);
    }
    expect(stale).toEqual([]);
  });

  it('tells a change of the facts from a change of updatedOn alone', () => {
    expect(changesFacts('--- a/x.md\n+++ b/x.md\n-updatedOn: 2026-11-01\n+updatedOn: 2026-11-28')).toBe(false);
    expect(changesFacts('--- a/x.md\n+++ b/x.md\n-phone: 02\n+phone: 03')).toBe(true);
  });
});
