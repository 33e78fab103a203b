import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentBundle } from '../../src/lib/domain/index.ts';
import { dedupeOccurrences } from '../../src/lib/ingest/dedupe.ts';
import { feedWindowAround } from '../../src/lib/ingest/feed-window.ts';
import { diffOccurrences } from '../../src/lib/nightly/diff-occurrences.ts';
import { listFeedProblems } from '../../src/lib/nightly/feed-problems.ts';
import {
  countAlerts,
  countUpcoming,
  formatNightlySummary,
  type NightlySummaryInput,
} from '../../src/lib/nightly/format-nightly-summary.ts';
import { toZonedIso } from '../../src/lib/time/zoned-time.ts';
import { readContent } from '../../src/loaders/read-content.ts';
import { runBuild } from '../lib/run-build.ts';
import { lastLineOf, runNode } from '../lib/run-node.ts';
import { readNightData, type NightData } from './read-night-data.ts';
import { recordNightIndicators } from './record-indicators.ts';

/** Options of one night. */
export interface NightlyOptions {
  contentDir: string;
  outDir: string;
  /** Where the Markdown summary is written. */
  summaryFile: string;
  now: Date;
  /** No network: remote sources keep their last data (a rehearsal). */
  offline: boolean;
}

/** What the night did. */
export interface NightlyResult {
  built: boolean;
  alerts: number;
  summary: string;
}

async function loadRegistry(contentDir: string): Promise<ContentBundle | null> {
  try {
    return await readContent(contentDir);
  } catch (error) {
    console.error(`Registre illisible : ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** Sources whose feed was read during this run (their vanished dates were removed by the partner). */
function readTonight(after: NightData, nowIso: string): Set<string> {
  const statuses = after.status?.sources ?? [];
  return new Set(
    statuses
      .filter((s) => s.lastSuccess === nowIso && (s.state === 'ok' || s.state === 'warning'))
      .map((s) => s.sourceId),
  );
}

/**
 * One night: reads the partners' feeds (`scripts/ingest.ts`, in its own process), builds the site
 * and its search index, then writes and returns the French summary of what changed and which feeds
 * need someone. The site is built from the last good data even when feeds, or the ingest, fail.
 */
export async function runNightly(options: NightlyOptions): Promise<NightlyResult> {
  const { contentDir, now } = options;
  const nowIso = toZonedIso(now.getTime());
  const before = await readNightData(contentDir);
  const args = [
    'scripts/ingest.ts',
    '--now',
    nowIso,
    '--content',
    contentDir,
    ...(options.offline ? ['--offline'] : []),
  ];
  const ingest = await runNode(args);
  const ingestError = ingest.code === 0 ? null : lastLineOf(ingest.tail);
  const after = await readNightData(contentDir);
  for (const file of after.unreadable) console.error(`Fichier illisible : ${file}`);
  // The quarter's figures join the indicators' history before the build shows them.
  await recordNightIndicators(contentDir, now);
  const build = await runBuild({ contentDir, outDir: options.outDir, now: nowIso });
  const registry = await loadRegistry(contentDir);
  const sources = registry?.sources.filter((s) => s.enabled) ?? [];
  const published = dedupeOccurrences(after.occurrences);
  const previousHorizon = before.status === null ? null : feedWindowAround(new Date(before.status.generatedAt)).to;
  const input: NightlySummaryInput = {
    now,
    build,
    ingestError,
    diff: diffOccurrences(dedupeOccurrences(before.occurrences), published, {
      now,
      readSources: readTonight(after, nowIso),
      previousHorizon,
    }),
    problems: listFeedProblems(after.status?.sources ?? [], sources, registry?.places ?? [], now),
    sourceNames: new Map(sources.map((s) => [s.id, s.name])),
    sources: sources.length,
    upcoming: countUpcoming(published, now),
  };
  const summary = formatNightlySummary(input);
  await mkdir(path.dirname(path.resolve(options.summaryFile)), { recursive: true });
  await writeFile(options.summaryFile, summary);
  return { built: build.ok, alerts: countAlerts(input), summary };
}
