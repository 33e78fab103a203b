import path from 'node:path';
import { IndicatorHistorySchema, formatZodIssues } from '../../src/lib/domain/index.ts';
import { recordNight } from '../../src/lib/indicators/record-history.ts';
import { dedupeOccurrences } from '../../src/lib/ingest/dedupe.ts';
import { feedWindowAround } from '../../src/lib/ingest/feed-window.ts';
import { toZonedDate } from '../../src/lib/time/zoned-time.ts';
import { HISTORY_FILE, readAllEvents, readIndicatorHistory } from '../../src/loaders/read-content.ts';
import { writeFileAtomic } from '../ingest/atomic-file.ts';
import { toStableJson } from '../ingest/write-source.ts';

/** What the night recorded: the quarter updated and the file written. */
export interface RecordedIndicators {
  quarter: string;
  file: string;
}

/**
 * Adds (or updates) the current quarter's figures in `content/indicators/history.json` from the
 * published occurrences of `contentDir`, as they stand after tonight's ingest. The file is
 * rewritten whole through a temporary file; data that cannot be read leaves it untouched.
 */
export async function recordIndicators(contentDir: string, now: Date): Promise<RecordedIndicators> {
  const [files, history] = await Promise.all([readAllEvents(contentDir), readIndicatorHistory(contentDir)]);
  const occurrences = dedupeOccurrences(files.flatMap((f) => f.events.occurrences));
  const dataFrom = toZonedDate(feedWindowAround(now).from.getTime());
  const next = recordNight(history, { occurrences, now, dataFrom });
  const checked = IndicatorHistorySchema.safeParse(next);
  if (!checked.success) throw new Error(`${HISTORY_FILE} : ${formatZodIssues(checked.error)}`);
  const file = path.join(contentDir, HISTORY_FILE);
  await writeFileAtomic(file, toStableJson(checked.data));
  return { quarter: next.quarters.at(-1)?.quarter ?? '', file };
}

/** The night's step: records the indicators and says so; a failure is named and leaves the history as it was. */
export async function recordNightIndicators(contentDir: string, now: Date): Promise<void> {
  try {
    const recorded = await recordIndicators(contentDir, now);
    console.log(`Indicateurs du trimestre ${recorded.quarter} enregistrés dans ${recorded.file}`);
  } catch (error) {
    console.error(`Indicateurs non enregistrés : ${error instanceof Error ? error.message : String(error)}`);
  }
}
