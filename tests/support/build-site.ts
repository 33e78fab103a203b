import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

/** What Astro builds from; the rest of the checkout (content/, scripts/, tests/) is not part of the site. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Caches Astro and Vite keep inside node_modules: each copy has its own. */
const CACHES = ['.astro', '.vite', '.cache'];

/**
 * A temporary copy of the project for one build, its dependencies linked to the checkout's. Astro
 * keeps its caches in the project (`.astro/`, `node_modules/.astro/data-store.json`): a build of
 * the checkout itself (the nightly job's test) or of the other test site may run at the same time.
 */
async function copyProject(): Promise<string> {
  const projectDir = await mkdtemp(path.join(tmpdir(), 'reperes-test-site-'));
  await mkdir(path.join(projectDir, 'node_modules'));
  for (const name of PROJECT_FILES) await cp(path.join(root, name), path.join(projectDir, name), { recursive: true });
  for (const name of await readdir(path.join(root, 'node_modules'))) {
    if (!CACHES.includes(name))
      await symlink(path.join(root, 'node_modules', name), path.join(projectDir, 'node_modules', name));
  }
  return projectDir;
}

/**
 * Builds the site as `npm run build` does, from a copy of `content/`, at a fixed "now":
 * offline ingest, astro build (of a copy of the project), then the Pagefind index. Only
 * global-setup.ts calls it (through `buildTestSite`): tests read the sites it built (see
 * shared-site.ts).
 */
export async function buildSite({ contentDir, outDir, now, prepare }: BuildOptions): Promise<void> {
  await rm(contentDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
  await cp(`${root}/content`, contentDir, { recursive: true });
  await prepare?.(contentDir);
  const projectDir = await copyProject();
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
    const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
    await run(process.execPath, [astro, 'build'], { ...options, cwd: projectDir });
    await run(process.execPath, ['scripts/index-search.ts', outDir], options);
  } catch (cause) {
    const { stdout = '', stderr = '' } = cause as { stdout?: string; stderr?: string };
    throw new Error(`La construction du site de test a échoué :\n${stdout}\n${stderr}`, { cause });
  } finally {
    await rm(projectDir, { recursive: true, force: true });
  }
}
