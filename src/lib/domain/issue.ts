import { z } from 'zod';

/** A problem found while reading a feed or a content file, in plain French for a partner. */
export const IssueSchema = z.strictObject({
  /** `error`: something was lost (a row, an event, the feed); `warning`: kept, but check it. */
  severity: z.enum(['error', 'warning']),
  /** What is wrong and what to change, in plain French. */
  message: z.string().min(1),
  /** 1-based line of the file (for CSV the header is line 1), when known. */
  line: z.number().int().positive().optional(),
});
export type Issue = z.infer<typeof IssueSchema>;
