import type { DropHoldPolicy } from '../domain/source.ts';
import type { DropHold } from '../domain/status.ts';

/** What the hold decision needs: the counts before and after, the hold already in force, the run's now. */
export interface DropHoldInput {
  policy: DropHoldPolicy;
  /** The hold of the previous status, if one was in force. */
  previousHold: DropHold | null;
  /** Upcoming occurrences of the data kept so far, at this run's now; `null` when there is none. */
  previousUpcoming: number | null;
  /** Upcoming occurrences of the data just read. */
  newUpcoming: number;
  /** This run's now, ISO with the Paris offset (its date is the night counted). */
  nowIso: string;
}

/** Accept the new data (`afterHold`: the hold it ends, when a drop is accepted), or keep the previous one. */
export type DropDecision = { kind: 'accept'; afterHold: DropHold | null } | { kind: 'hold'; hold: DropHold };

const DAY_MS = 86_400_000;
const nightOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** `true` when `next` is a sudden drop from `previous` under the policy. */
export function isSuddenDrop(previous: number | null, next: number, policy: DropHoldPolicy): boolean {
  if (previous === null || previous === 0) return false;
  if (next === 0) return true;
  return previous >= policy.minUpcoming && next <= previous * (1 - policy.share);
}

/**
 * The sudden-drop hold: a feed whose upcoming occurrences fall by the policy's share or more (or to
 * none) keeps its previous data for `nights` nights, counted from the first run that saw the drop
 * (by its date in Paris, so that a second run the same night changes nothing); a drop still there
 * after that is accepted. Pure: same input, same decision.
 */
export function decideDropHold(input: DropHoldInput): DropDecision {
  const { policy, previousHold, previousUpcoming, newUpcoming, nowIso } = input;
  if (!isSuddenDrop(previousUpcoming, newUpcoming, policy)) return { kind: 'accept', afterHold: null };
  const since = previousHold?.since ?? nowIso;
  const elapsed = Math.max(0, Math.round((nightOf(nowIso) - nightOf(since)) / DAY_MS));
  const hold: DropHold = {
    since,
    previousUpcoming: previousUpcoming ?? 0,
    newUpcoming,
    nightsLeft: Math.max(0, policy.nights - 1 - elapsed),
  };
  return elapsed >= policy.nights ? { kind: 'accept', afterHold: hold } : { kind: 'hold', hold };
}
