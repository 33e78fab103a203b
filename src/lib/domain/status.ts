import { z } from 'zod';
import { DateTimeWithOffsetSchema, SlugSchema } from './primitives.ts';
import { IssueSchema } from './issue.ts';

/** Health of one source after the last ingest. */
export const SourceStatusSchema = z.strictObject({
  /** Source id. */
  sourceId: SlugSchema,
  /** `ok`, `warning` (read, with problems or a sharp drop), `error` (not read: last good data kept). */
  state: z.enum(['ok', 'warning', 'error']),
  /** When the last ingest tried this source. */
  lastAttempt: DateTimeWithOffsetSchema,
  /** When this source was last read successfully, or `null` if never. */
  lastSuccess: DateTimeWithOffsetSchema.nullable(),
  /** HTTP status of the last fetch (remote sources), or `null`. */
  httpStatus: z.number().int().nullable(),
  /** Occurrences written (or kept). */
  occurrences: z.number().int().nonnegative(),
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
