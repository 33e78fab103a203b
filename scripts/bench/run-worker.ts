import { readFile } from 'node:fs/promises';
import { syntheticSource } from '../../src/lib/ingest/check-feed.ts';
import { feedWindowAround } from '../../src/lib/ingest/feed-window.ts';
import { normaliseFeedEvents } from '../../src/lib/ingest/normalise/normalise-events.ts';
import { parseFeed } from '../../src/lib/ingest/parse-feed.ts';
import { readContent } from '../../src/loaders/read-content.ts';
import { expandWithIcalJs } from './ical-baseline.ts';

/** The two sides measured. */
export type BenchSide = 'ical' | 'ours';

/** One worker's measures per run (ms: elapsed, and CPU time of the process), occurrences found, peak memory (bytes). */
export interface WorkerResult {
  side: BenchSide;
  times: number[];
  cpuTimes: number[];
  occurrences: number;
  maxRss: number;
}

/**
 * Measures one side in its own process (so peak memory is its own): a warm-up run, then `runs`
 * timed runs of the whole work on the feed file.
 */
export async function runWorker(side: BenchSide, file: string, now: Date, runs: number): Promise<WorkerResult> {
  const bytes = await readFile(file);
  const window = feedWindowAround(now);
  let work: () => number;
  if (side === 'ical') {
    const text = bytes.toString('utf8');
    work = () => expandWithIcalJs(text, window);
  } else {
    const { places, communes, taxonomy } = await readContent('content');
    const source = syntheticSource('ics');
    work = () => {
      const parsed = parseFeed(bytes, 'ics', { sourceId: source.id, window, timeZone: source.timeZone });
      const context = { source, places, communes, taxonomy, now, firstSeen: new Map<string, string>() };
      return normaliseFeedEvents(parsed.events, context).occurrences.length;
    };
  }
  let occurrences = work();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    occurrences = work();
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - start);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  return { side, times, cpuTimes, occurrences, maxRss: process.resourceUsage().maxRSS * 1024 };
}
