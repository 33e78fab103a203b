import type { Issue } from '../domain/issue.ts';
import type { DropHold, FeedBudget, SourceStatus } from '../domain/status.ts';
import { statusMessages } from './status-messages.ts';

/** Most issues kept per source in `status.json`. */
export const MAX_STATUS_ISSUES = 20;

/** What every outcome says: the counts of the file the source has after the run, and its limits. */
interface OutcomeBase {
  /** Occurrences in the source's events file after the run (written or kept). */
  occurrences: number;
  /** Of those, occurrences not over at the run's now. */
  upcoming: number;
  /** The source's complete budget. */
  budget: FeedBudget;
  /** A damaged events file set aside (path relative to content/), or `null`. */
  setAside: string | null;
}

/** What happened to one source during a run. */
export type SourceOutcome = OutcomeBase &
  (
    | {
        /**
         * Read and written. `via`: a new body downloaded, an unchanged one (HTTP 304) read again
         * from the cache with tonight's window, or a local file.
         */
        kind: 'read';
        via: 'download' | 'not-modified' | 'file';
        issues: Issue[];
        httpStatus: number | null;
        /** Validators of the body accepted (kept from the last one on a 304). */
        etag: string | null;
        lastModified: string | null;
        usage: FeedBudget;
        /** The drop accepted tonight after its hold, if any. */
        droppedAfterHold: DropHold | null;
      }
    | {
        /** Read, but a sudden drop: the previous file is kept, the new body is not accepted. */
        kind: 'held';
        hold: DropHold;
        issues: Issue[];
        httpStatus: number | null;
        usage: FeedBudget;
      }
    | {
        /** Not read, or refused (unreachable, unreadable, incomplete, over budget): the previous file is kept. */
        kind: 'failed';
        issues: Issue[];
        httpStatus: number | null;
        /** Technical cause for the administrator. */
        detail: string | null;
        /** What the refused body used, when one was read. */
        usage: FeedBudget | null;
      }
    /** Not tried (offline run): the previous file and status are kept. */
    | { kind: 'skipped'; reason: string }
  );

const countOf = (issues: readonly Issue[], severity: Issue['severity']) =>
  issues.filter((i) => i.severity === severity).length;

/** One line, whatever the message held. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

type Base = Omit<SourceStatus, 'state'>;
type Kind = SourceOutcome['kind'];
type Step<K extends Kind> = (
  base: Base,
  outcome: Extract<SourceOutcome, { kind: K }>,
  previous: SourceStatus | undefined,
  nowIso: string,
) => SourceStatus;

const issueCounts = (issues: Issue[]) => ({
  rejected: countOf(issues, 'error'),
  warnings: countOf(issues, 'warning'),
  issues: issues.slice(0, MAX_STATUS_ISSUES),
});

/** How each outcome turns into a status line, from the common base. */
const STATUS_AFTER: { [K in Kind]: Step<K> } = {
  read: (base, outcome, _previous, nowIso) => {
    const counts = issueCounts(outcome.issues);
    const dropped = outcome.droppedAfterHold;
    const warned = outcome.issues.length > 0 || dropped !== null;
    return {
      ...base,
      ...counts,
      state: warned ? 'warning' : 'ok',
      message:
        dropped !== null
          ? statusMessages.dropAccepted(dropped)
          : warned
            ? statusMessages.readWithIssues(counts.rejected, counts.warnings)
            : null,
      detail: dropped === null ? null : statusMessages.dropAcceptedDetail(dropped),
      lastSuccess: nowIso,
      httpStatus: outcome.httpStatus,
      dropFlagged: dropped !== null,
      usage: outcome.usage,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
    };
  },
  held: (base, outcome, previous, nowIso) => ({
    ...base,
    ...issueCounts(outcome.issues),
    state: 'held',
    message: statusMessages.held(outcome.hold),
    detail: statusMessages.heldDetail(outcome.hold),
    lastSuccess: nowIso,
    httpStatus: outcome.httpStatus,
    staleSince: previous?.staleSince ?? outcome.hold.since,
    hold: outcome.hold,
    usage: outcome.usage,
  }),
  failed: (base, outcome, previous, nowIso) => ({
    ...base,
    ...issueCounts(outcome.issues),
    state: 'error',
    httpStatus: outcome.httpStatus,
    message: oneLine(outcome.issues.find((i) => i.severity === 'error')?.message ?? statusMessages.failed()),
    detail: outcome.detail === null ? null : oneLine(outcome.detail),
    consecutiveFailures: (previous?.consecutiveFailures ?? 0) + 1,
    staleSince: previous?.staleSince ?? nowIso,
    // A hold in force stays counted from its first night: the data kept is still the one before the drop.
    hold: previous?.hold ?? null,
    usage: outcome.usage ?? previous?.usage ?? null,
  }),
  skipped: (base, outcome, previous) =>
    previous ?? {
      ...base,
      state: 'warning',
      message: oneLine(outcome.reason),
      issues: [{ severity: 'warning', message: outcome.reason }],
      warnings: 1,
    },
};

/**
 * The status line of a source after a run, from the previous one and what happened: the state,
 * the partner's message and the administrator's detail, the failures in a row, the hold, what the
 * read used against the budget, and the validators of the last body accepted (never those of a
 * refused one). Re-running with the same `now` gives the same line.
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
    upcoming: outcome.upcoming,
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
    hold: null,
    usage: null,
    budget: outcome.budget,
    setAside: outcome.setAside,
  };
  // The map is indexed by the outcome's own kind: TypeScript cannot correlate the two by itself.
  const step = STATUS_AFTER[outcome.kind] as Step<Kind>;
  return step(base, outcome, previous, nowIso);
}
