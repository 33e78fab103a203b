import { z } from 'zod';
import { DateTimeWithOffsetSchema, SlugSchema } from './primitives.ts';
import { IssueSchema } from './issue.ts';

/** What one read of a feed used, or may use: bytes downloaded, VEVENTs or rows read, occurrences kept, series published. */
export const FeedBudgetSchema = z.strictObject({
  bytes: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
  occurrences: z.number().int().nonnegative(),
  series: z.number().int().nonnegative(),
});
export type FeedBudget = z.infer<typeof FeedBudgetSchema>;

/** A sudden drop held back: the previous data is kept for a few nights while the status says why. */
export const DropHoldSchema = z.strictObject({
  /** First run that saw the drop. */
  since: DateTimeWithOffsetSchema,
  /** Upcoming occurrences before the drop (the data kept). */
  previousUpcoming: z.number().int().nonnegative(),
  /** Upcoming occurrences the feed now gives. */
  newUpcoming: z.number().int().nonnegative(),
  /** Nights left before the drop is accepted as the partner's real calendar. */
  nightsLeft: z.number().int().nonnegative(),
});
export type DropHold = z.infer<typeof DropHoldSchema>;

/** Health of one source after the last ingest. */
export const SourceStatusSchema = z.strictObject({
  /** Source id. */
  sourceId: SlugSchema,
  /**
   * `ok`; `warning` (read, with problems); `held` (read, but a sudden drop: the previous data is kept,
   * see `hold`); `error` (not read or refused — unreachable, unreadable, incomplete, over budget: the
   * last good data is kept).
   */
  state: z.enum(['ok', 'warning', 'held', 'error']),
  /** One line of plain French for the partner — what is wrong and what to do — or `null` when all is well. */
  message: z.string().nullable().default(null),
  /** Technical detail for the administrator (HTTP status, error code, cause), or `null`. */
  detail: z.string().nullable().default(null),
  /** Runs in a row this source could not be read (0 once it is read again). */
  consecutiveFailures: z.number().int().nonnegative().default(0),
  /** When the last ingest tried this source. */
  lastAttempt: DateTimeWithOffsetSchema,
  /** When this source was last read successfully, or `null` if never. */
  lastSuccess: DateTimeWithOffsetSchema.nullable(),
  /** HTTP status of the last fetch (remote sources), or `null`. */
  httpStatus: z.number().int().nullable(),
  /** Occurrences written (or kept). */
  occurrences: z.number().int().nonnegative(),
  /** Of those, occurrences not yet over at the run's `now`. */
  upcoming: z.number().int().nonnegative().default(0),
  /** Rows or events rejected. */
  rejected: z.number().int().nonnegative(),
  /** Warnings raised. */
  warnings: z.number().int().nonnegative(),
  /** The first issues, for the partners page. */
  issues: z.array(IssueSchema).max(20),
  /** Since when the last good data is being kept because the feed fails, or `null`. */
  staleSince: DateTimeWithOffsetSchema.nullable(),
  /** `true` when the count fell sharply without an error (written, but worth a look). */
  dropFlagged: z.boolean(),
  /** The sudden-drop hold in force, or `null`. */
  hold: DropHoldSchema.nullable().default(null),
  /** What the last read of the feed used, or `null` when it was not read. */
  usage: FeedBudgetSchema.nullable().default(null),
  /** The source's budget (`sources.yaml` defaults, overridden per source), or `null` before budgets. */
  budget: FeedBudgetSchema.nullable().default(null),
  /** A damaged events file set aside for inspection (path relative to `content/`), or `null`. */
  setAside: z.string().nullable().default(null),
  /** Validators kept for conditional requests. */
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
});
export type SourceStatus = z.infer<typeof SourceStatusSchema>;

/** `content/status.json`. */
export const StatusFileSchema = z.strictObject({
  /** When the ingest ran (`--now`). */
  generatedAt: DateTimeWithOffsetSchema,
  /** Per source, sorted by id. */
  sources: z.array(SourceStatusSchema),
});
export type StatusFile = z.infer<typeof StatusFileSchema>;
