import { parseArgs } from 'node:util';
import { INGEST_RATIO_TARGET, measureWorstCase, runIngestBench } from './bench/ingest-bench.ts';
import { runWorker, type BenchSide } from './bench/run-worker.ts';
import { parseScales, runScaleBench } from './bench/scale/scale-bench.ts';
import { runWorstCase } from './bench/worst-case.ts';

/**
 * `npm run bench -- [--events 10000] [--runs 3] [--only compare|worst]`: ical.js alone against
 * our parse + normalise, side by side; then the whole ingest on the worst feed (time and peak
 * memory of the run that refuses it).
 * `npm run bench -- --scale a|b|c|all [--runs 3] [--json file] [--profile]`: ingest and build of three
 * territories against a bare Astro site of the same page count; with `--profile`, where each
 * build's CPU goes (scale/profile-build.ts).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      worker: { type: 'string' },
      file: { type: 'string' },
      now: { type: 'string' },
      events: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '3' },
      scale: { type: 'string' },
      only: { type: 'string' },
      json: { type: 'string', default: '.bench/scale.json' },
      profile: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (values.worker === 'worst') {
    const now = new Date(values.now ?? '');
    process.stdout.write(JSON.stringify(await runWorstCase('content', now)));
    return;
  }
  if (values.worker !== undefined) {
    const now = new Date(values.now ?? '');
    const result = await runWorker(values.worker as BenchSide, values.file ?? '', now, runs);
    process.stdout.write(JSON.stringify(result));
    return;
  }
  if (values.scale !== undefined) {
    const met = await runScaleBench({
      scales: parseScales(values.scale),
      runs,
      now: values.now ?? '2026-12-01T09:00:00+01:00',
      json: values.json,
      profile: values.profile,
    });
    if (!met) process.exitCode = 1;
    return;
  }
  const now = values.now ?? '2026-11-28T03:00:00+01:00';
  if (values.only !== 'worst') {
    const ratio = await runIngestBench(import.meta.filename, { events: Number(values.events), runs, now });
    if (ratio >= INGEST_RATIO_TARGET) process.exitCode = 1;
  }
  if (values.only !== 'compare' && !(await measureWorstCase(import.meta.filename, now))) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
