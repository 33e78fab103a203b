import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, linkDependencies, startServer } from '../support/local-project.ts';
import { root } from '../support/paths.ts';

/*
 * `npm run dev` reads content/ through src/build/site-data.ts, not through an Astro content
 * collection: a plugin of astro.config.mjs watches the folder and reloads. An editor who corrects
 * a place must see the correction without restarting the server.
 */
let dir: string;
let project: string;
let content: string;

/** The site's sources in a folder of its own (its `.astro/` apart from the suite's builds), dependencies linked. */
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'reperes-dev-'));
  project = path.join(dir, 'site');
  content = path.join(dir, 'content');
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    await cp(path.join(root, name), path.join(project, name), { recursive: true });
  }
  await cp(path.join(root, 'content'), content, { recursive: true });
  await linkDependencies(project);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Polls `url` until its page satisfies `ready`; fails if the server exits first, or after `ms`. */
async function pageWhen(
  url: string,
  ready: (html: string) => boolean,
  ms: number,
  child: { exitCode: number | null },
  output: () => string,
): Promise<string> {
  const deadline = Date.now() + ms;
  let last = '';
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev s’est arrêté (${String(child.exitCode)}) :\n${output()}`);
    const response = await fetch(url).catch(() => null);
    if (response?.ok === true) {
      last = await response.text();
      if (ready(last)) return last;
    }
    if (Date.now() > deadline) throw new Error(`${url} n’a pas changé à temps :\n${last.slice(0, 500)}\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('the dev server', () => {
  it('shows a place file edited under content/ at the next request, without a restart', async () => {
    const port = await freePort();
    // As from a terminal: without the test runner's NODE_ENV=test and VITEST* variables.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
    );
    const server = startServer(
      process.execPath,
      [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
      {
        cwd: project,
        env: {
          ...env,
          REPERES_CONTENT_DIR: content,
          REPERES_NOW: '2026-12-01T09:00:00+01:00',
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      },
    );
    const url = `http://127.0.0.1:${String(port)}/lieux/mediatheque-janze/`;
    const heading = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
    try {
      const before = await pageWhen(url, (html) => heading(html) !== undefined, 120_000, server.child, server.output);
      expect(heading(before)).toBe('Médiathèque de Janzé');
      const file = path.join(content, 'places/mediatheque-janze.md');
      const text = await readFile(file, 'utf8');
      expect(text).toMatch(/^name: Médiathèque de Janzé$/m);
      await writeFile(file, text.replace(/^name: .*$/m, 'name: Médiathèque Jean-Moulin'));
      const after = await pageWhen(
        url,
        (html) => heading(html) !== 'Médiathèque de Janzé',
        30_000,
        server.child,
        server.output,
      );
      expect(heading(after)).toBe('Médiathèque Jean-Moulin');
    } finally {
      await server.stop();
    }
  }, 180_000);
});
