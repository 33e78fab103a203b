import { access } from 'node:fs/promises';
import path from 'node:path';
import {
  budgetOf,
  holdPolicyOf,
  type ContentBundle,
  type Issue,
  type Source,
  type SourceEvents,
  type SourceStatus,
} from '../../src/lib/domain/index.ts';
import { decideDropHold } from '../../src/lib/ingest/drop-hold.ts';
import { nextSourceStatus, type SourceOutcome } from '../../src/lib/ingest/next-source-status.ts';
import { countUpcoming, readFeedBody } from '../../src/lib/ingest/read-feed-body.ts';
import type { FeedParsers, FeedWindow } from '../../src/lib/ingest/types.ts';
import type { FetchOptions } from './fetch-feed.ts';
import { writeCachedFeed } from './raw-cache.ts';
import { readFeedBytes, type FeedBody } from './read-feed.ts';
import { readPreviousEvents, setAsideFile, writeSourceEvents } from './write-source.ts';

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

/** One source after the run: its new status line, what happened, and, when it was not read, why. */
export interface SourceReport {
  source: Source;
  status: SourceStatus;
  outcome: SourceOutcome['kind'];
  /** How the body read was obtained, when one was. */
  via: FeedBody['via'] | null;
  reason: string | null;
}

/** The data a source has before the run, and a damaged file set aside (now or earlier, while it is there). */
interface Previous {
  data: SourceEvents | null;
  setAside: string | null;
}

const error = (message: string): Issue => ({ severity: 'error', message });

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The previous events file; a damaged one is set aside, and the source is read as if it had none. */
async function previousOf(source: Source, context: RunContext): Promise<Previous> {
  const previous = await readPreviousEvents(context.contentDir, source.id);
  if (previous.kind === 'damaged') {
    const setAside = await setAsideFile(context.contentDir, `events/${source.id}.json`, context.nowIso);
    return { data: null, setAside };
  }
  const earlier = context.previousStatus.get(source.id)?.setAside ?? null;
  const stillThere = earlier !== null && (await exists(path.join(context.contentDir, earlier)));
  return { data: previous.kind === 'ok' ? previous.data : null, setAside: stillThere ? earlier : null };
}

/** The counts of the data kept, the budget and a file set aside: what every outcome of a source says. */
function baseOf(source: Source, previous: Previous, now: Date) {
  const kept = previous.data?.occurrences ?? [];
  return {
    occurrences: kept.length,
    upcoming: countUpcoming(kept, now),
    budget: budgetOf(source),
    setAside: previous.setAside,
  };
}

/** Reads a body; accepts it (cache, then events file) unless it is refused or a sudden drop is held. */
async function ingestBody(source: Source, fetched: FeedBody, previous: Previous, context: RunContext) {
  const kept = previous.data?.occurrences ?? [];
  const base = baseOf(source, previous, context.now);
  const { places, communes, taxonomy } = context.content;
  const reading = readFeedBody(fetched.body, {
    source,
    window: context.window,
    now: context.now,
    places,
    communes,
    taxonomy,
    firstSeen: new Map(kept.map((o) => [o.id, o.firstSeen])),
    parsers: context.parsers,
  });
  const { httpStatus } = fetched;
  if (reading.kind === 'refused') {
    const { issues, detail, usage } = reading;
    return { ...base, kind: 'failed', issues, detail, httpStatus, usage } satisfies SourceOutcome;
  }
  const upcoming = countUpcoming(reading.occurrences, context.now);
  const decision = decideDropHold({
    policy: holdPolicyOf(source),
    previousHold: context.previousStatus.get(source.id)?.hold ?? null,
    previousUpcoming: previous.data === null ? null : base.upcoming,
    newUpcoming: upcoming,
    nowIso: context.nowIso,
  });
  const { issues, usage } = reading;
  if (decision.kind === 'hold')
    return { ...base, kind: 'held', hold: decision.hold, issues, httpStatus, usage } satisfies SourceOutcome;
  // The body first: a crash before the events file is written is repaired by the next 304.
  if (fetched.via !== 'file') await writeCachedFeed(context.contentDir, source, fetched);
  await writeSourceEvents(context.contentDir, source.id, reading.occurrences);
  return {
    ...base,
    kind: 'read',
    via: fetched.via,
    occurrences: reading.occurrences.length,
    upcoming,
    issues,
    httpStatus,
    etag: fetched.etag,
    lastModified: fetched.lastModified,
    usage,
    droppedAfterHold: decision.afterHold,
  } satisfies SourceOutcome;
}

async function outcomeOf(
  source: Source,
  context: RunContext,
): Promise<{ outcome: SourceOutcome; via: FeedBody['via'] | null }> {
  const previous = await previousOf(source, context);
  const fetched = await readFeedBytes(source, {
    contentDir: context.contentDir,
    offline: context.offline,
    fetchOptions: context.fetchOptions,
    maxBytes: budgetOf(source).bytes,
  });
  const base = baseOf(source, previous, context.now);
  switch (fetched.kind) {
    case 'offline':
      return {
        outcome: { ...base, kind: 'skipped', reason: 'Flux distant non lu : ingestion hors ligne.' },
        via: null,
      };
    case 'failed': {
      const { message, detail, httpStatus } = fetched;
      return {
        outcome: { ...base, kind: 'failed', issues: [error(message)], detail, httpStatus, usage: null },
        via: null,
      };
    }
    default:
      return { outcome: await ingestBody(source, fetched, previous, context), via: fetched.via };
  }
}

/** What a source has on disk after an unexpected error (its file is untouched: every write is atomic). */
async function afterUnexpected(source: Source, cause: unknown, context: RunContext): Promise<SourceOutcome> {
  const previous = await readPreviousEvents(context.contentDir, source.id).catch(() => null);
  const kept = previous?.kind === 'ok' ? previous.data.occurrences : [];
  const detail =
    cause instanceof Error
      ? `${cause.message}${cause.cause instanceof Error ? ` (${cause.cause.message})` : ''}`
      : String(cause);
  return {
    kind: 'failed',
    occurrences: kept.length,
    upcoming: countUpcoming(kept, context.now),
    budget: budgetOf(source),
    setAside: null,
    issues: [error('Erreur inattendue pendant la lecture du flux : les données précédentes sont gardées.')],
    detail,
    httpStatus: null,
    usage: null,
  };
}

/**
 * Runs one source: read or fetch, parse within its budget, normalise, hold a sudden drop, write.
 * A source that cannot be read, is refused or is held keeps its previous file byte for byte; an
 * unexpected error is reported as a failure of this source only.
 */
export async function runSource(source: Source, context: RunContext): Promise<SourceReport> {
  let result: { outcome: SourceOutcome; via: FeedBody['via'] | null };
  try {
    result = await outcomeOf(source, context);
  } catch (cause) {
    result = { outcome: await afterUnexpected(source, cause, context), via: null };
  }
  const { outcome, via } = result;
  const status = nextSourceStatus(source.id, context.previousStatus.get(source.id), outcome, context.nowIso);
  const reason = outcome.kind === 'skipped' ? outcome.reason : outcome.kind === 'read' ? null : status.message;
  return { source, status, outcome: outcome.kind, via, reason };
}
