/**
 * When the site's data was last updated, and when a page is too old to be trusted without a
 * word: the build writes the date in every page, the browser compares it with its own clock.
 * Imports only the time helpers: browser scripts carry it.
 */
import { formatDayLabel, formatTime } from '../format/format-date.ts';
import { toZonedDate } from '../time/zoned-time.ts';

/** A page whose data is older than this says so to the reader (two days: one missed night and some). */
export const STALE_AFTER_MS = 2 * 86_400_000;

/**
 * When the data was last updated: when the last ingest read the partners' feeds (`generatedAt`
 * of `content/status.json`), never later than the build's `now`; `now` itself when no ingest has
 * run yet (the data is then the hand-edited content, as of this build).
 *
 * The ingest time rather than the build time: a build without a new ingest (a code deploy, a
 * rebuild after a night whose ingest failed) publishes old data, and must not present it as fresh.
 */
export function dataUpdatedAt(generatedAt: string | undefined, now: Date): Date {
  if (generatedAt === undefined) return now;
  const read = new Date(generatedAt);
  return Number.isNaN(read.getTime()) || read.getTime() > now.getTime() ? now : read;
}

/** `mardi 1er décembre 2026 à 9 h`. */
export function formatUpdated(epochMs: number): string {
  return `${formatDayLabel(toZonedDate(epochMs), { withYear: true })} à ${formatTime(epochMs)}`;
}

/** `true` when data updated at `updatedMs` is too old at `nowMs` to be shown without a warning. */
export function isStale(updatedMs: number, nowMs: number): boolean {
  return nowMs - updatedMs > STALE_AFTER_MS;
}
