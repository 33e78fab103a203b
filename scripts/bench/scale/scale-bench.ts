/**
 * `npm run bench -- --scale a|b|c|all`: each territory measured in turn (see run-scale.ts), one
 * table printed (Markdown, for docs/performance.md) and written as JSON with the machine and
 * its load, so a figure can always be traced to the run that printed it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repositoryRoot } from '../../lib/run-node.ts';
import { SCALE_IDS, SCALES, type ScaleId } from './generate-territory.ts';
import { formatProfileTable, type BuildProfile } from './profile-build.ts';
import { runScale } from './run-scale.ts';
import { BUILD_RATIO_TARGET, formatScaleTable, summarise, type ScaleSummary } from './scale-summary.ts';

/** `a`, `b`, `c`, `all`, or a list (`a,b`). */
export function parseScales(value: string): ScaleId[] {
  if (value === 'all') return [...SCALE_IDS];
  const ids = value.split(',').map((v) => v.trim());
  const wrong = ids.filter((id) => !(SCALE_IDS as readonly string[]).includes(id));
  if (wrong.length > 0) throw new Error(`--scale : attendu a, b, c ou all, reçu « ${wrong.join(', ')} »`);
  return ids as ScaleId[];
}

/** The machine and its load (1-minute average) when the run started and ended. */
function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'inconnu',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

const load = () => Number((os.loadavg()[0] ?? 0).toFixed(2));

export interface ScaleBenchOptions {
  scales: ScaleId[];
  runs: number;
  /** The build's "now" (ISO with offset); the feeds are generated around it. */
  now: string;
  /** Where the JSON goes (relative to the repository). */
  json: string;
  /** One more build of ours and of the bare site per territory, under the CPU profiler (profile-build.ts). */
  profile?: boolean;
}

/** Runs the bench; `true` when every territory builds within the ratio of DESIGN.md. */
export async function runScaleBench(options: ScaleBenchOptions): Promise<boolean> {
  const started = new Date();
  const loads = [load()];
  const summaries: ScaleSummary[] = [];
  const profiles: BuildProfile[] = [];
  console.log(
    `Banc d’échelle : territoires ${options.scales.join(', ')}, ${String(options.runs)} mesures de chaque, « maintenant » = ${options.now}.`,
  );
  for (const id of options.scales) {
    const t0 = performance.now();
    const measure = await runScale(SCALES[id], {
      workDir: path.join(repositoryRoot, '.bench', `scale-${id}`),
      now: options.now,
      runs: options.runs,
      ...(options.profile === true ? { profile: true } : {}),
    });
    summaries.push(summarise(measure));
    if (measure.profile !== undefined) profiles.push(measure.profile);
    loads.push(load());
    console.log(
      `  ${SCALES[id].label} : mesuré en ${String(Math.round((performance.now() - t0) / 1000))} s (charge ${String(load())})`,
    );
  }
  const elapsedMs = Date.now() - started.getTime();
  const info = machine();
  console.log('');
  console.log(formatScaleTable(summaries));
  console.log('');
  if (profiles.length > 0) {
    console.log('Où va le temps de calcul (une construction de plus de chaque, sous profileur CPU) :');
    console.log('');
    console.log(formatProfileTable(profiles));
    console.log('');
  }
  console.log(
    `Mesuré le ${started.toISOString()} sur ${info.cpu} (${String(info.cores)} cœurs, ${String(Math.round(info.memoryBytes / 1024 ** 3))} Go), Node ${info.node} ; ` +
      `charge moyenne sur 1 min : ${loads.map(String).join(' → ').replace(/\./g, ',')} ; durée totale ${String(Math.round(elapsedMs / 1000))} s.`,
  );
  const file = path.resolve(repositoryRoot, options.json);
  await mkdir(path.dirname(file), { recursive: true });
  const report = {
    date: started.toISOString(),
    elapsedMs,
    machine: info,
    loads,
    now: options.now,
    runs: options.runs,
    scales: summaries,
    ...(profiles.length > 0 ? { profiles } : {}),
  };
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`Résultats : ${path.relative(process.cwd(), file)}`);
  return summaries.every((s) => s.ratio <= BUILD_RATIO_TARGET);
}
