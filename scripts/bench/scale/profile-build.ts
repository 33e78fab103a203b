/**
 * Where a build's CPU goes (`npm run bench -- --scale c --profile`): one more build of ours and one
 * of the bare site under Node's `--cpu-prof`, the main thread's samples summed by who runs — our
 * code, Astro, Vite, the other libraries, Node (files, encoding, modules), the garbage collector and
 * the rest of the engine. It tells how much of the gap to the bare site our code can still win: what
 * Astro's renderer and Node spend on our pages is out of its reach.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/** Who spends a sample; `idle` (the thread waiting, for a file write say) is no CPU and is left out. */
export type Spender = 'ours' | 'astro' | 'vite' | 'libraries' | 'node' | 'gc' | 'engine';

export const SPENDERS: readonly Spender[] = ['ours', 'astro', 'vite', 'libraries', 'node', 'gc', 'engine'];

export const SPENDER_LABELS: Record<Spender, string> = {
  ours: 'notre code (pages, composants, src/ tels que Vite les a groupés)',
  astro: 'Astro (rendu, routes, écriture des fichiers, intégrations)',
  vite: 'Vite et Rolldown (regroupement du code)',
  libraries: 'autres bibliothèques (ical.js, yaml, zod, opening_hours…)',
  node: 'Node et V8 natifs (fichiers, encodage, JSON, chargement des modules)',
  gc: 'ramasse-miettes (fil principal)',
  engine: 'moteur JavaScript (compilation, reste)',
};

const ASTRO_PACKAGES = /^(astro|@astrojs\/.+)$/;
const VITE_PACKAGES = /^(vite|rolldown|@rolldown\/.+|esbuild|lightningcss|postcss|@oxc-project\/.+)$/;
/** The runtime Astro bundles into the prerender build beside the pages (`server_*.mjs`, `prerender-entry.*.mjs`). */
const ASTRO_PRERENDER_RUNTIME = /\/\.prerender\/(chunks\/)?(server_|prerender-entry)[^/]*$/;

/** Who runs a function, from its script's URL (or, for the engine's own entries, its name). */
export function spenderOf(url: string, functionName: string): Spender | 'idle' {
  if (url === '') {
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(garbage collector)') return 'gc';
    if (functionName === '(program)' || functionName === '(root)') return 'engine';
    // Natives without a script: JSON.parse, TextEncoder, the fs bindings (mkdir, writeBuffer)…
    return 'node';
  }
  if (url.startsWith('node:')) return 'node';
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (pkg !== undefined) return ASTRO_PACKAGES.test(pkg) ? 'astro' : VITE_PACKAGES.test(pkg) ? 'vite' : 'libraries';
  if (ASTRO_PRERENDER_RUNTIME.test(url.replace(/\?.*$/, ''))) return 'astro';
  return 'ours';
}

/** The parts of a `.cpuprofile` (Chrome DevTools' format, written by `--cpu-prof`) read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds of CPU per spender (idle left out). */
export type SpentMs = Record<Spender, number>;

const noneSpent = (): SpentMs => ({ ours: 0, astro: 0, vite: 0, libraries: 0, node: 0, gc: 0, engine: 0 });

/** Sums a profile's samples by spender: each sample's time goes to the function it was taken in. */
export function spentBy(profile: CpuProfile, into: SpentMs = noneSpent()): SpentMs {
  const spenders = new Map(profile.nodes.map((n) => [n.id, spenderOf(n.callFrame.url, n.callFrame.functionName)]));
  profile.samples.forEach((id, i) => {
    const spender = spenders.get(id);
    // `timeDeltas[i]` is the time since the previous sample, in microseconds.
    if (spender !== undefined && spender !== 'idle') into[spender] += (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return into;
}

/** Every profile `--cpu-prof` wrote in `dir` (one per thread or process), summed; the directory is removed. */
export async function spentIn(dir: string): Promise<SpentMs> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) throw new Error(`aucun profil CPU dans ${dir}`);
  const spent = noneSpent();
  for (const file of files) spentBy(JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CpuProfile, spent);
  await rm(dir, { recursive: true, force: true });
  return spent;
}

/** Node's arguments that write the main thread's profile into `dir`. */
export const profileArgs = (dir: string): string[] => ['--cpu-prof', '--cpu-prof-dir', dir];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
const share = (ms: number, total: number) => `${total === 0 ? '0' : Math.round((100 * ms) / total).toString()} %`;
const total = (spent: SpentMs) => SPENDERS.reduce((sum, s) => sum + spent[s], 0);

/** One territory's two builds profiled. */
export interface BuildProfile {
  scale: string;
  ours: SpentMs;
  bare: SpentMs;
}

/** The Markdown table: per spender, our build and the bare site's, seconds and share of each. */
export function formatProfileTable(profiles: readonly BuildProfile[]): string {
  const header = [
    'fil principal de `astro build`, sous profileur',
    ...profiles.flatMap((p) => [`${p.scale} : Repères`, `${p.scale} : Astro nu`]),
  ];
  const row = (label: string, cell: (spent: SpentMs) => string) => [
    label,
    ...profiles.flatMap((p) => [cell(p.ours), cell(p.bare)]),
  ];
  const rows = [
    ...SPENDERS.map((s) =>
      row(SPENDER_LABELS[s], (spent) => `${seconds(spent[s])} (${share(spent[s], total(spent))})`),
    ),
    row('total', (spent) => seconds(total(spent))),
  ];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
