import { execFile } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { root } from './paths.ts';

const run = promisify(execFile);

export interface BuildOptions {
  /** Content folder to build from (a copy; the ingest writes into it). */
  contentDir: string;
  /** Where `dist/` goes. */
  outDir: string;
  /** The build's "now" (ISO with offset). */
  now: string;
  /** Changes the content copy before the build (the test fixtures: tests/support/shared-site.ts). */
  prepare?: (contentDir: string) => Promise<void>;
}

/**
 * Builds the site as `npm run build` does, from a copy of `content/`, at a fixed "now":
 * offline ingest, astro build, then the Pagefind index. Only global-setup.ts calls it (through
 * `buildTestSite`): tests read the sites it built (see shared-site.ts).
 */
export async function buildSite({ contentDir, outDir, now, prepare }: BuildOptions): Promise<void> {
  await rm(contentDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
  await cp(`${root}/content`, contentDir, { recursive: true });
  await prepare?.(contentDir);
  const env = {
    ...process.env,
    REPERES_CONTENT_DIR: contentDir,
    REPERES_OUT_DIR: outDir,
    REPERES_NOW: now,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const options = { cwd: root, env, maxBuffer: 64 * 1024 * 1024 };
  try {
    await run(process.execPath, ['scripts/ingest.ts', '--offline', '--now', now, '--content', contentDir], options);
    // --force: the content cache must not keep entries read from another content folder.
    await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force'], options);
    await run(process.execPath, ['scripts/index-search.ts', outDir], options);
  } catch (cause) {
    const { stdout = '', stderr = '' } = cause as { stdout?: string; stderr?: string };
    throw new Error(`La construction du site de test a échoué :\n${stdout}\n${stderr}`, { cause });
  }
}
