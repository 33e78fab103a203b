import type { ContentBundle, Issue, Source, SourceEvents, SourceStatus } from '../../src/lib/domain/index.ts';
import { nextSourceStatus, type SourceOutcome } from '../../src/lib/ingest/next-source-status.ts';
import { normaliseFeedEvents } from '../../src/lib/ingest/normalise/normalise-events.ts';
import { parseFeed } from '../../src/lib/ingest/parse-feed.ts';
import type { FeedParsers, FeedWindow } from '../../src/lib/ingest/types.ts';
import { whenToEpoch } from '../../src/lib/time/zoned-time.ts';
import type { FetchOptions } from './fetch-feed.ts';
import { readFeedBytes, type FeedBytes } from './read-feed.ts';
import { readSourceEvents, writeSourceEvents } from './write-source.ts';

/** What every source of a run shares. */
export interface RunContext {
  contentDir: string;
  content: ContentBundle;
  now: Date;
  nowIso: string;
  window: FeedWindow;
  offline: boolean;
  parsers: FeedParsers;
  fetchOptions: Partial<FetchOptions>;
  previousStatus: ReadonlyMap<string, SourceStatus>;
}

/** One source after the run: its new status line and, when it was not read, why. */
export interface SourceReport {
  source: Source;
  status: SourceStatus;
  outcome: SourceOutcome['kind'];
  reason: string | null;
}

const error = (message: string): Issue => ({ severity: 'error', message });

/** Parses, normalises and writes fresh bytes; the outcome says what to record. */
async function ingestBytes(
  source: Source,
  fetched: Extract<FeedBytes, { body: Uint8Array }>,
  previous: SourceEvents | null,
  context: RunContext,
) {
  const bytes = fetched.body;
  const kept = previous?.occurrences.length ?? 0;
  const httpStatus = fetched.kind === 'fresh' ? fetched.httpStatus : null;
  const options = { sourceId: source.id, window: context.window, timeZone: source.timeZone };
  const parsed = parseFeed(
    bytes,
    source.format,
    { ...options, ...(source.columns && { columns: source.columns }) },
    context.parsers,
  );
  if (parsed.fatal)
    return { kind: 'failed', occurrences: kept, issues: parsed.issues, httpStatus } satisfies SourceOutcome;
  const firstSeen = new Map(previous?.occurrences.map((o) => [o.id, o.firstSeen]));
  const { communes, places, taxonomy } = context.content;
  const normalised = normaliseFeedEvents(parsed.events, {
    source,
    places,
    communes,
    taxonomy,
    now: context.now,
    firstSeen,
  });
  const issues = [...parsed.issues, ...normalised.issues];
  const stillInWindow = previous?.occurrences.some((o) => whenToEpoch(o.end) > context.window.from.getTime());
  if (normalised.occurrences.length === 0 && stillInWindow === true) {
    const message = 'Le flux ne contient plus aucun événement dans la période : les données précédentes sont gardées.';
    return {
      kind: 'failed',
      occurrences: kept,
      issues: [error(message), ...issues],
      httpStatus,
    } satisfies SourceOutcome;
  }
  await writeSourceEvents(context.contentDir, source.id, normalised.occurrences);
  const validators =
    fetched.kind === 'fresh'
      ? { etag: fetched.etag, lastModified: fetched.lastModified }
      : { etag: null, lastModified: null };
  return {
    kind: 'read',
    occurrences: normalised.occurrences.length,
    previousCount: previous === null ? null : kept,
    issues,
    httpStatus,
    ...validators,
  } satisfies SourceOutcome;
}

async function outcomeOf(source: Source, context: RunContext): Promise<SourceOutcome> {
  const previousFile = await readSourceEvents(context.contentDir, source.id);
  const kept = previousFile?.occurrences.length ?? 0;
  const fetched = await readFeedBytes(source, {
    contentDir: context.contentDir,
    offline: context.offline,
    fetchOptions: context.fetchOptions,
    previous: context.previousStatus.get(source.id),
    hasPreviousData: previousFile !== null,
  });
  switch (fetched.kind) {
    case 'offline':
      return { kind: 'skipped', occurrences: kept, reason: 'Flux distant non lu : ingestion hors ligne.' };
    case 'failed':
      return { kind: 'failed', occurrences: kept, issues: [error(fetched.message)], httpStatus: fetched.httpStatus };
    case 'not-modified':
      return { kind: 'not-modified', occurrences: kept, etag: fetched.etag, lastModified: fetched.lastModified };
    default:
      return ingestBytes(source, fetched, previousFile, context);
  }
}

/**
 * Runs one source: read or fetch, parse, normalise, validate, write. A source that cannot be
 * read keeps its previous file untouched; an unexpected error is reported as a failure of this
 * source only.
 */
export async function runSource(source: Source, context: RunContext): Promise<SourceReport> {
  let outcome: SourceOutcome;
  try {
    outcome = await outcomeOf(source, context);
  } catch (cause) {
    const kept = (await readSourceEvents(context.contentDir, source.id).catch(() => null))?.occurrences.length ?? 0;
    const detail =
      cause instanceof Error
        ? `${cause.message}${cause.cause instanceof Error ? ` (${cause.cause.message})` : ''}`
        : String(cause);
    outcome = { kind: 'failed', occurrences: kept, issues: [error(`Erreur inattendue : ${detail}`)], httpStatus: null };
  }
  const status = nextSourceStatus(source.id, context.previousStatus.get(source.id), outcome, context.nowIso);
  const reason =
    outcome.kind === 'failed'
      ? (outcome.issues[0]?.message ?? null)
      : outcome.kind === 'skipped'
        ? outcome.reason
        : null;
  return { source, status, outcome: outcome.kind, reason };
}
