import type { Issue } from '../domain/issue.ts';
import type { SourceStatus } from '../domain/status.ts';

/** Most issues kept per source in `status.json`. */
export const MAX_STATUS_ISSUES = 20;
/** A count falling below this share of the previous one is flagged… */
export const DROP_RATIO = 0.5;
/** …when the previous count was at least this. */
export const DROP_MIN_PREVIOUS = 10;

/** What happened to one source during a run. */
export type SourceOutcome =
  /** Read and written: `occurrences` new count, `previousCount` the count of the file replaced. */
  | {
      kind: 'read';
      occurrences: number;
      previousCount: number | null;
      issues: Issue[];
      httpStatus: number | null;
      etag: string | null;
      lastModified: string | null;
    }
  /** HTTP 304: the file is kept as it is. */
  | { kind: 'not-modified'; occurrences: number; etag: string | null; lastModified: string | null }
  /** Not read (network, HTTP, unusable content): the previous file is kept. */
  | { kind: 'failed'; occurrences: number; issues: Issue[]; httpStatus: number | null }
  /** Not tried (offline run): the previous file is kept. */
  | { kind: 'skipped'; occurrences: number; reason: string };

/** `true` when a count fell sharply (below half of a previous count of at least 10). */
export function isSharpDrop(previous: number | null, current: number): boolean {
  return previous !== null && previous >= DROP_MIN_PREVIOUS && current < previous * DROP_RATIO;
}

const countOf = (issues: readonly Issue[], severity: Issue['severity']) =>
  issues.filter((i) => i.severity === severity).length;

type Base = Omit<SourceStatus, 'state'>;
type Kind = SourceOutcome['kind'];
type Step<K extends Kind> = (
  base: Base,
  outcome: Extract<SourceOutcome, { kind: K }>,
  previous: SourceStatus | undefined,
  nowIso: string,
) => SourceStatus;

/** How each outcome turns into a status line, from the common base. */
const STATUS_AFTER: { [K in Kind]: Step<K> } = {
  read: (base, outcome, previous, nowIso) => {
    const sameRun = previous?.lastAttempt === nowIso && previous.occurrences === outcome.occurrences;
    const dropFlagged = isSharpDrop(outcome.previousCount, outcome.occurrences) || (sameRun && previous.dropFlagged);
    return {
      ...base,
      state: outcome.issues.length > 0 || dropFlagged ? 'warning' : 'ok',
      lastSuccess: nowIso,
      httpStatus: outcome.httpStatus,
      rejected: countOf(outcome.issues, 'error'),
      warnings: countOf(outcome.issues, 'warning'),
      issues: outcome.issues.slice(0, MAX_STATUS_ISSUES),
      dropFlagged,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
    };
  },
  'not-modified': (base, outcome, previous, nowIso) => ({
    ...base,
    state: previous?.state === 'warning' ? 'warning' : 'ok',
    lastSuccess: nowIso,
    httpStatus: 304,
    rejected: previous?.rejected ?? 0,
    warnings: previous?.warnings ?? 0,
    issues: previous?.issues ?? [],
    etag: outcome.etag ?? base.etag,
    lastModified: outcome.lastModified ?? base.lastModified,
  }),
  failed: (base, outcome, previous, nowIso) => ({
    ...base,
    state: 'error',
    httpStatus: outcome.httpStatus,
    issues: outcome.issues.slice(0, MAX_STATUS_ISSUES),
    message: outcome.issues.find((i) => i.severity === 'error')?.message ?? null,
    consecutiveFailures: (previous?.consecutiveFailures ?? 0) + 1,
    staleSince: previous?.staleSince ?? nowIso,
  }),
  skipped: (base, outcome, previous) =>
    previous ?? { ...base, state: 'warning', issues: [{ severity: 'warning', message: outcome.reason }] },
};

/**
 * The status line of a source after a run, from the previous one and what happened. Re-running
 * with the same `now` gives the same line (a drop flagged at that instant stays flagged).
 */
export function nextSourceStatus(
  sourceId: string,
  previous: SourceStatus | undefined,
  outcome: SourceOutcome,
  nowIso: string,
): SourceStatus {
  const base: Base = {
    sourceId,
    lastAttempt: nowIso,
    lastSuccess: previous?.lastSuccess ?? null,
    httpStatus: null,
    occurrences: outcome.occurrences,
    rejected: 0,
    warnings: 0,
    issues: [],
    staleSince: null,
    dropFlagged: false,
    etag: previous?.etag ?? null,
    lastModified: previous?.lastModified ?? null,
    message: null,
    detail: null,
    consecutiveFailures: 0,
    upcoming: previous?.upcoming ?? 0,
    hold: null,
    usage: null,
    budget: previous?.budget ?? null,
    setAside: null,
  };
  // The map is indexed by the outcome's own kind: TypeScript cannot correlate the two by itself.
  const step = STATUS_AFTER[outcome.kind] as Step<Kind>;
  return step(base, outcome, previous, nowIso);
}
