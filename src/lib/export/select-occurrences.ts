import type { Occurrence } from '../domain/index.ts';
import { whenToEpoch } from '../time/zoned-time.ts';

/** Occurrences that end after `from` and start before `to` (epoch bounds, half-open), in their order. */
export function overlapping(occurrences: readonly Occurrence[], from: number, to: number): Occurrence[] {
  return occurrences.filter((o) => whenToEpoch(o.end) > from && whenToEpoch(o.start) < to);
}
