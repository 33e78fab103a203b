import path from 'node:path';
import { lastLineOf, repositoryRoot, runNode } from './run-node.ts';

/** What to build: the content folder, the output folder and the build's "now" (ISO with offset). */
export interface BuildSettings {
  contentDir: string;
  outDir: string;
  now: string;
}

/** The build's outcome; `error` is one line, the full output went to the console. */
export type BuildOutcome = { ok: true } | { ok: false; error: string };

/**
 * Builds the site as `npm run build` does (astro build, then the Pagefind index) from `contentDir`
 * into `outDir` at a fixed now. `--force`: the content cache must not keep entries read from
 * another content folder (npm start builds from a copy, the nightly job from content/).
 */
export async function runBuild({ contentDir, outDir, now }: BuildSettings): Promise<BuildOutcome> {
  const out = path.resolve(outDir);
  const env = {
    ...process.env,
    REPERES_CONTENT_DIR: path.resolve(contentDir),
    REPERES_OUT_DIR: out,
    REPERES_NOW: now,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const astro = path.join(repositoryRoot, 'node_modules/astro/bin/astro.mjs');
  const built = await runNode([astro, 'build', '--force'], env);
  if (built.code !== 0) return { ok: false, error: `astro build a échoué (${lastLineOf(built.tail)})` };
  const indexed = await runNode(['scripts/index-search.ts', out], env);
  if (indexed.code !== 0) return { ok: false, error: `l’index de recherche a échoué (${lastLineOf(indexed.tail)})` };
  return { ok: true };
}
