import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths.ts';

const run = promisify(execFile);

async function exitOf(command: string, args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(command, args, { cwd: root });
    return { code: 0, stdout };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, stdout };
  }
}

describe('.ci/closing-line.mjs', () => {
  it('counts a test file that failed as a whole as a failure, as vitest’s exit code does', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'reperes-ci-'));
    const report = path.join(dir, 'report.json');
    const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
    const config = 'tests/fixtures/ci/vitest.config.ts';
    const tests = await exitOf(process.execPath, [
      vitest,
      'run',
      '--config',
      config,
      '--reporter=json',
      `--outputFile.json=${report}`,
    ]);
    expect(tests.code).toBe(1);
    const line = await exitOf(process.execPath, ['.ci/closing-line.mjs', report, String(tests.code)]);
    expect(line.stdout).toBe('1 passed, 1 failed\n');
    const missing = await exitOf(process.execPath, ['.ci/closing-line.mjs', path.join(dir, 'absent.json'), '1']);
    expect(missing.stdout).toBe('0 passed, 1 failed\n');
    await rm(dir, { recursive: true, force: true });
  });
});
