import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  formatProfileTable,
  profileArgs,
  spentBy,
  spenderOf,
  spentIn,
  type CpuProfile,
} from '../../scripts/bench/scale/profile-build.ts';

const run = promisify(execFile);

describe('spenderOf', () => {
  it('tells Astro’s runtime bundled beside the pages from the pages themselves', () => {
    const out = 'file:///site/dist/.prerender';
    expect(spenderOf(`${out}/chunks/server_BDZp1_g5.mjs`, 'render')).toBe('astro');
    expect(spenderOf(`${out}/prerender-entry.D-Cf943P.mjs`, 'createAstro')).toBe('astro');
    expect(spenderOf(`${out}/chunks/build-context_C93pZ9c3.mjs`, 'folded')).toBe('ours');
    expect(spenderOf(`${out}/chunks/_slug__DzrO4QJq.mjs`, '')).toBe('ours');
  });

  it('sorts packages: Astro and its integrations, the bundlers, the other libraries', () => {
    expect(spenderOf('file:///r/node_modules/astro/dist/core/build/generate.js', 'x')).toBe('astro');
    expect(spenderOf('file:///r/node_modules/@astrojs/sitemap/dist/index.js', 'x')).toBe('astro');
    expect(spenderOf('file:///r/node_modules/vite/dist/node/chunks/dep.js', 'x')).toBe('vite');
    expect(spenderOf('file:///r/node_modules/rolldown/dist/index.mjs', 'x')).toBe('vite');
    expect(spenderOf('file:///r/node_modules/ical.js/dist/ical.js', 'foldline')).toBe('libraries');
    expect(spenderOf('file:///r/node_modules/@scope/lib/index.js', 'x')).toBe('libraries');
  });

  it('puts Node, the natives and the engine’s entries apart, and leaves idle time out', () => {
    expect(spenderOf('node:internal/encoding', 'encode')).toBe('node');
    expect(spenderOf('', 'writeBuffer')).toBe('node');
    expect(spenderOf('', '(garbage collector)')).toBe('gc');
    expect(spenderOf('', '(program)')).toBe('engine');
    expect(spenderOf('', '(idle)')).toBe('idle');
  });
});

describe('spentBy', () => {
  it('gives each sample’s time to the function it was taken in, idle left out', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '' } },
        { id: 2, callFrame: { functionName: 'render', url: 'file:///d/.prerender/chunks/server_x.mjs' } },
        { id: 3, callFrame: { functionName: 'dayOf', url: 'file:///d/.prerender/chunks/format_y.mjs' } },
        { id: 4, callFrame: { functionName: '(idle)', url: '' } },
      ],
      samples: [2, 3, 3, 4, 2],
      timeDeltas: [1000, 2000, 3000, 50_000, 500],
    };
    const spent = spentBy(profile);
    expect(spent.astro).toBeCloseTo(1.5);
    expect(spent.ours).toBeCloseTo(5);
    expect(Object.values(spent).reduce((a, b) => a + b, 0)).toBeCloseTo(6.5);
  });
});

describe('spentIn', () => {
  it('reads the profile Node wrote for a real process and finds the time in its own code', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'profile-'));
    const script = path.join(dir, 'busy.mjs');
    await writeFile(
      script,
      'function busy(ms) { const end = Date.now() + ms; let n = 0; while (Date.now() < end) n += Math.sqrt(n + 1); return n; }\nbusy(300);\n',
    );
    const profiles = path.join(dir, 'profiles');
    await run(process.execPath, [...profileArgs(profiles), script]);
    const spent = await spentIn(profiles);
    const total = Object.values(spent).reduce((a, b) => a + b, 0);
    expect(spent.ours).toBeGreaterThan(total / 2);
    // The profiles are read once, then removed.
    await expect(readdir(profiles)).rejects.toThrow();
    await rm(dir, { recursive: true, force: true });
  });
});

describe('formatProfileTable', () => {
  it('prints each spender’s seconds and share for both builds, and their totals', () => {
    const none = { ours: 0, astro: 0, vite: 0, libraries: 0, node: 0, gc: 0, engine: 0 };
    const table = formatProfileTable([
      { scale: 'c', ours: { ...none, ours: 30_000, astro: 10_000 }, bare: { ...none, astro: 4000, node: 1000 } },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toContain('c : Repères');
    expect(lines[0]).toContain('c : Astro nu');
    expect(lines.find((l) => l.startsWith('| notre code'))).toContain('| 30,0 s (75 %) | 0,0 s (0 %) |');
    expect(lines.find((l) => l.startsWith('| Astro'))).toContain('| 10,0 s (25 %) | 4,0 s (80 %) |');
    expect(lines.at(-1)).toBe('| total | 40,0 s | 5,0 s |');
  });
});
