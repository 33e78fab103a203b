/** What the checker page and its worker say to each other. */
import type { CheckReport } from '../lib/partners/check-report.ts';

/** A feed to check: its bytes (transferred), its name, the page's clock and the site's directory (JSON). */
export interface CheckRequest {
  id: number;
  bytes: ArrayBuffer;
  name: string;
  /** The page's now (epoch ms): the window and "upcoming" follow the partner's clock. */
  now: number;
  directory: string;
}

/** The report, or why there is none. */
export type CheckReply = { id: number; report: CheckReport } | { id: number; failure: string };
