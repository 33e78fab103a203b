import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { generateIcsFeed } from './bench/generate-ics-feed.ts';
import { runWorker, type BenchSide, type WorkerResult } from './bench/run-worker.ts';
import { runWorstCase, WORST_CASE_SERIES, type WorstCaseResult } from './bench/worst-case.ts';

const run = promisify(execFile);
/** Target of DESIGN.md: our parse + normalise under 1.5× ical.js alone. */
const TARGET_RATIO = 1.5;
/** DESIGN.md: one run under 1 GB whatever a feed holds. */
const MAX_RUN_RSS = 1024 * 1024 * 1024;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2).replace('.', ',')} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} Mo`;

async function measure(side: BenchSide, file: string, now: string, runs: number): Promise<WorkerResult> {
  const args = [import.meta.filename, '--worker', side, '--file', file, '--now', now, '--runs', String(runs)];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout) as WorkerResult;
}

/** The whole ingest on the worst feed, in its own process (so the peak memory is the run's alone). */
async function measureWorstCase(now: string): Promise<boolean> {
  const { stdout } = await run(process.execPath, [import.meta.filename, '--worker', 'worst', '--now', now], {
    maxBuffer: 1024 * 1024,
  });
  const result = JSON.parse(stdout) as WorstCaseResult;
  const refused = result.statusWritten && result.exitState === 'error';
  const ok = refused && result.maxRss < MAX_RUN_RSS;
  console.log(
    `Pire cas, ingestion complète d’un flux de ${WORST_CASE_SERIES} séries quotidiennes sans fin (${megabytes(result.feedBytes)}) : ` +
      `${refused ? 'refusé' : `NON refusé (état ${result.exitState})`} en ${seconds(result.elapsedMs)} (CPU ${seconds(result.cpuMs)}), ` +
      `mémoire max ${megabytes(result.maxRss)} (objectif < 1 024 Mo), status.json ${result.statusWritten ? 'écrit' : 'NON écrit'} ${ok ? '✓' : '✗'}`,
  );
  console.log(`  motif : ${result.detail ?? result.message ?? '—'}`);
  return ok;
}

/**
 * `npm run bench -- [--events 10000] [--runs 3] [--only compare|worst]`: ical.js alone vs our parse +
 * normalise, side by side; then the whole ingest on the worst feed (time and peak memory of the run
 * that refuses it).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      worker: { type: 'string' },
      file: { type: 'string' },
      now: { type: 'string', default: '2026-11-28T03:00:00+01:00' },
      events: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '3' },
      only: { type: 'string' },
    },
  });
  const now = new Date(values.now);
  if (values.worker === 'worst') {
    process.stdout.write(JSON.stringify(await runWorstCase('content', now)));
    return;
  }
  if (values.worker !== undefined) {
    const result = await runWorker(values.worker as BenchSide, values.file ?? '', now, Number(values.runs));
    process.stdout.write(JSON.stringify(result));
    return;
  }
  if (values.only !== 'worst') await compare(values.events, values.runs, values.now);
  if (values.only !== 'compare' && !(await measureWorstCase(values.now))) process.exitCode = 1;
}

/** ical.js alone vs our parse + normalise on a generated feed of `events` VEVENTs. */
async function compare(events: string, runs: string, nowText: string): Promise<void> {
  const now = new Date(nowText);
  const values = { events, runs, now: nowText };
  const dir = await mkdtemp(path.join(tmpdir(), 'reperes-bench-'));
  const file = path.join(dir, 'bench.ics');
  const feed = generateIcsFeed(Number(values.events), now);
  await writeFile(file, feed);
  console.log(
    `Flux de ${values.events} VEVENT (${megabytes(feed.length)}), ${values.runs} mesures par côté après un tour d’échauffement.`,
  );
  try {
    // Two rounds, alternating the sides, so that a busy moment of the machine weighs on both.
    const results: Record<BenchSide, WorkerResult[]> = { ical: [], ours: [] };
    for (const side of ['ical', 'ours', 'ours', 'ical'] as const)
      results[side].push(await measure(side, file, values.now, Number(values.runs)));
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
      `${label} : CPU ${seconds(s.cpu)} (écoulé ${seconds(s.time)}), ${s.occurrences} occurrences, mémoire max ${megabytes(s.rss)}`;
    console.log(line('ical.js seul (analyse + expansion)', ical));
    console.log(line('Repères (lecture + normalisation) ', ours));
    // CPU time: the machine may be shared, and elapsed time then measures the neighbours too.
    const ratio = ours.cpu / ical.cpu;
    const ratioText = ratio.toFixed(2).replace('.', ',');
    const verdict = ratio < TARGET_RATIO ? '✓' : '✗';
    console.log(
      `Rapport (médianes du temps CPU) : ${ratioText}× (objectif < ${String(TARGET_RATIO).replace('.', ',')}×) ${verdict}`,
    );
    console.log(`Rapport des meilleurs temps CPU : ${(ours.minCpu / ical.minCpu).toFixed(2).replace('.', ',')}×`);
    if (ratio >= TARGET_RATIO) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
