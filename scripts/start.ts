import { spawn } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toZonedIso } from '../src/lib/time/zoned-time.ts';
import { runBuild } from './lib/run-build.ts';
import { lastLineOf, repositoryRoot, runNode } from './lib/run-node.ts';

/** The git-ignored working copy of content/ that `npm start` ingests into and builds from. */
export const DEMO_CONTENT_DIR = '.demo/content';

/**
 * `npm start -- [--port N] [--host H]`: copies content/ to `.demo/content` (git-ignored), reads the
 * embedded demo feeds there for today's date (no network), builds the site and its search index
 * into dist/ and serves it. No versioned file changes.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env['PORT'] ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const now = toZonedIso(Date.now());
  const content = path.join(repositoryRoot, DEMO_CONTENT_DIR);
  await rm(content, { recursive: true, force: true });
  await mkdir(path.dirname(content), { recursive: true });
  await cp(path.join(repositoryRoot, 'content'), content, { recursive: true });
  console.log(`Données de démonstration du ${now.slice(0, 10)} dans ${DEMO_CONTENT_DIR} (copie de content/)`);
  const ingest = await runNode(['scripts/ingest.ts', '--offline', '--now', now, '--content', content]);
  if (ingest.code !== 0) {
    console.error(`Lecture des agendas de démonstration impossible : ${lastLineOf(ingest.tail)}`);
    return 1;
  }
  const outDir = process.env['REPERES_OUT_DIR'] ?? path.join(repositoryRoot, 'dist');
  const build = await runBuild({ contentDir: content, outDir, now });
  if (!build.ok) {
    console.error(`Construction impossible : ${build.error}`);
    return 1;
  }
  const astro = path.join(repositoryRoot, 'node_modules/astro/bin/astro.mjs');
  const preview = spawn(process.execPath, [astro, 'preview', '--host', values.host, '--port', values.port], {
    cwd: repositoryRoot,
    env: { ...process.env, REPERES_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
  return new Promise((resolve) =>
    preview.on('close', (code) => {
      resolve(code ?? 0);
    }),
  );
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(new Error('npm start a échoué.', { cause: error }));
    process.exitCode = 1;
  },
);
