import { z } from 'zod';
import { DateSchema, DateTimeWithOffsetSchema } from './primitives.ts';

const count = z.number().int().nonnegative();

/**
 * What a set of occurrences adds up to. Every field adds up: figures of two periods are summed
 * field by field, so a quarter's figures can be built night after night.
 */
export const TallySchema = z.strictObject({
  /** Sessions held or announced (occurrences not cancelled). */
  sessions: count,
  /** Minutes of those sessions whose times are known (same-day start and end). */
  minutes: count,
  /** Sessions whose length is unknown (all day, or over several days): counted, without hours. */
  untimed: count,
  /** Occurrences the partner cancelled (not in `sessions`). */
  cancelled: count,
});
export type Tally = z.infer<typeof TallySchema>;

/** Tallies by key (INSEE code, theme id, public id, axis number); keys sorted. */
const TalliesSchema = z.record(z.string(), TallySchema);

/** A period's figures: the whole, and per commune, theme, public and axis. */
export const FiguresSchema = z.strictObject({
  total: TallySchema,
  /** By INSEE code; `inconnue` when the occurrence names no commune. */
  communes: TalliesSchema,
  /** By theme id; `aucun` when it has none. An occurrence counts under each of its themes. */
  themes: TalliesSchema,
  /** By public id; `tout-public` when it names none. An occurrence counts under each of its publics. */
  publics: TalliesSchema,
  /** By axis (`1`–`5`); `aucun` when it has none. An occurrence counts under each of its axes. */
  axes: TalliesSchema,
});
export type Figures = z.infer<typeof FiguresSchema>;

/** One quarter of the history, kept up to date night after night. */
export const QuarterRecordSchema = z.strictObject({
  /** `2026-T4`. */
  quarter: z.string().regex(/^\d{4}-T[1-4]$/),
  /** First day the figures cover: the quarter's first day, or later when the history began during it. */
  coverageFrom: DateSchema,
  /** Days before this one are settled: their figures were counted once, as they stood the day after. */
  settledUntil: DateSchema,
  /** Days the figures miss because no night counted them while the data still held them. */
  gaps: z.array(z.strictObject({ from: DateSchema, to: DateSchema })).default([]),
  /** The night that last updated this quarter. */
  updatedAt: DateTimeWithOffsetSchema,
  /** Figures of the settled days. */
  settled: FiguresSchema,
  /** Figures of the days from `settledUntil` to the quarter's end, as announced at `updatedAt`. */
  announced: FiguresSchema,
});
export type QuarterRecord = z.infer<typeof QuarterRecordSchema>;

/** `content/indicators/history.json`: one record per quarter, oldest first. */
export const IndicatorHistorySchema = z.strictObject({
  quarters: z.array(QuarterRecordSchema),
});
export type IndicatorHistory = z.infer<typeof IndicatorHistorySchema>;
