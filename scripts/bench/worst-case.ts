import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { runIngest } from '../ingest/run-ingest.ts';
import { generateDailySeriesFeed } from './generate-hostile-feeds.ts';

/** VEVENTs of the worst case: endless daily series, some 7.9 million dates in the ingest window. */
export const WORST_CASE_SERIES = 20_000;

/** What the whole ingest run did with the worst feed, measured in its own process. */
export interface WorstCaseResult {
  feedBytes: number;
  /** Elapsed time of the run (ms) and its CPU time (ms). */
  elapsedMs: number;
  cpuMs: number;
  /** Peak resident memory of the process (bytes). */
  maxRss: number;
  exitState: string;
  message: string | null;
  detail: string | null;
  statusWritten: boolean;
}

/**
 * The nightly run, whole (lock, registry, every step, status.json), on a copy of `content/` whose
 * one source is the worst feed: it must refuse it, write a true status and stay under 1 GB.
 */
export async function runWorstCase(contentDir: string, now: Date): Promise<WorstCaseResult> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'reperes-worst-')), 'content');
  try {
    await cp(contentDir, dir, { recursive: true });
    const feed = generateDailySeriesFeed(WORST_CASE_SERIES, now);
    await writeFile(path.join(dir, 'feeds/pire-cas.ics'), feed);
    const source = {
      id: 'pire-cas',
      name: 'Pire cas',
      organisation: 'roche-aux-fees-communaute',
      format: 'ics',
      path: 'feeds/pire-cas.ics',
    };
    await writeFile(path.join(dir, 'sources.yaml'), stringify({ sources: [source] }));
    const start = performance.now();
    const cpu = process.cpuUsage();
    await runIngest({ contentDir: dir, now });
    const used = process.cpuUsage(cpu);
    const elapsedMs = performance.now() - start;
    const status = JSON.parse(await readFile(path.join(dir, 'status.json'), 'utf8')) as {
      sources: { sourceId: string; state: string; message: string | null; detail: string | null }[];
    };
    const line = status.sources.find((s) => s.sourceId === 'pire-cas');
    return {
      feedBytes: Buffer.byteLength(feed),
      elapsedMs,
      cpuMs: (used.user + used.system) / 1000,
      maxRss: process.resourceUsage().maxRSS * 1024,
      exitState: line?.state ?? 'absent',
      message: line?.message ?? null,
      detail: line?.detail ?? null,
      statusWritten: line !== undefined,
    };
  } finally {
    await rm(path.dirname(dir), { recursive: true, force: true });
  }
}
