/** The ingest bench: ical.js alone against our parse + normalise on one generated feed, side by side. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateIcsFeed } from './generate-ics-feed.ts';
import type { BenchSide, WorkerResult } from './run-worker.ts';
import { WORST_CASE_SERIES, type WorstCaseResult } from './worst-case.ts';

const run = promisify(execFile);
/** Target of DESIGN.md: our parse + normalise under 1.3× ical.js alone. */
export const INGEST_RATIO_TARGET = 1.3;
/** DESIGN.md: one run under 1 GB whatever a feed holds. */
const MAX_RUN_RSS = 1024 * 1024 * 1024;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2).replace('.', ',')} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} Mo`;

async function measure(entry: string, side: BenchSide, file: string, now: string, runs: number): Promise<WorkerResult> {
  const args = [entry, '--worker', side, '--file', file, '--now', now, '--runs', String(runs)];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout) as WorkerResult;
}

/**
 * Generates a feed of `events` VEVENTs, measures each side in its own process (`entry --worker`),
 * twice each, alternating, and prints the ratio of the medians of CPU time. Returns that ratio.
 */
export async function runIngestBench(
  entry: string,
  options: { events: number; runs: number; now: string },
): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), 'reperes-bench-'));
  const file = path.join(dir, 'bench.ics');
  const feed = generateIcsFeed(options.events, new Date(options.now));
  await writeFile(file, feed);
  console.log(
    `Flux de ${String(options.events)} VEVENT (${megabytes(feed.length)}), ${String(options.runs)} mesures par côté après un tour d’échauffement.`,
  );
  try {
    // Two rounds, alternating the sides, so that a busy moment of the machine weighs on both.
    const results: Record<BenchSide, WorkerResult[]> = { ical: [], ours: [] };
    for (const side of ['ical', 'ours', 'ours', 'ical'] as const)
      results[side].push(await measure(entry, side, file, options.now, options.runs));
    const summary = (side: BenchSide) => {
      const times = results[side].flatMap((r) => r.times);
      const cpu = results[side].flatMap((r) => r.cpuTimes);
      const rss = Math.max(...results[side].map((r) => r.maxRss));
      const occurrences = results[side][0]?.occurrences ?? 0;
      return { time: median(times), cpu: median(cpu), minCpu: Math.min(...cpu), occurrences, rss };
    };
    const ical = summary('ical');
    const ours = summary('ours');
    const line = (label: string, s: typeof ical) =>
      `${label} : CPU ${seconds(s.cpu)} (écoulé ${seconds(s.time)}), ${String(s.occurrences)} occurrences, mémoire max ${megabytes(s.rss)}`;
    console.log(line('ical.js seul (analyse + expansion)', ical));
    console.log(line('Repères (lecture + normalisation) ', ours));
    // CPU time: the machine may be shared, and elapsed time then measures the neighbours too.
    const ratio = ours.cpu / ical.cpu;
    const ratioText = ratio.toFixed(2).replace('.', ',');
    const verdict = ratio < INGEST_RATIO_TARGET ? '✓' : '✗';
    console.log(
      `Rapport (médianes du temps CPU) : ${ratioText}× (objectif < ${String(INGEST_RATIO_TARGET).replace('.', ',')}×) ${verdict}`,
    );
    console.log(`Rapport des meilleurs temps CPU : ${(ours.minCpu / ical.minCpu).toFixed(2).replace('.', ',')}×`);
    return ratio;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The whole ingest on the worst feed, in its own process (`entry --worker worst`, so the peak
 * memory is the run's alone): `true` when it is refused, its status written, under 1 GB.
 */
export async function measureWorstCase(entry: string, now: string): Promise<boolean> {
  const { stdout } = await run(process.execPath, [entry, '--worker', 'worst', '--now', now], {
    maxBuffer: 1024 * 1024,
  });
  const result = JSON.parse(stdout) as WorstCaseResult;
  const refused = result.statusWritten && result.exitState === 'error';
  const ok = refused && result.maxRss < MAX_RUN_RSS;
  console.log(
    `Pire cas, ingestion complète d’un flux de ${String(WORST_CASE_SERIES)} séries quotidiennes sans fin (${megabytes(result.feedBytes)}) : ` +
      `${refused ? 'refusé' : `NON refusé (état ${result.exitState})`} en ${seconds(result.elapsedMs)} (CPU ${seconds(result.cpuMs)}), ` +
      `mémoire max ${megabytes(result.maxRss)} (objectif < 1 024 Mo), status.json ${result.statusWritten ? 'écrit' : 'NON écrit'} ${ok ? '✓' : '✗'}`,
  );
  console.log(`  motif : ${result.detail ?? result.message ?? '—'}`);
  return ok;
}
