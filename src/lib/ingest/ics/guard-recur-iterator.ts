import ICAL from 'ical.js';

/** Most consecutive candidate times ical.js may reject inside one `next()` before we stop the rule. */
export const MAX_REJECTED_CANDIDATES = 200_000;

interface GuardedIterator {
  check_contracting_rules: (this: GuardedIterator) => boolean;
  rejectedCandidates?: number;
}

/**
 * Makes ical.js's rule iterator give up on rules that never produce a date. Its `next()` loops
 * until a candidate passes the BY* rules, and some rules never pass (`FREQ=DAILY;BYMONTHDAY=-1,-2`
 * on a DATE start loops forever in ical.js 2.2): a feed must not hang the build. After
 * MAX_REJECTED_CANDIDATES rejections in a row the iterator throws, and the series is reported.
 * Installed once, on import; idempotent.
 */
export function guardRecurIterator(): void {
  const proto = ICAL.RecurIterator.prototype as unknown as GuardedIterator & { guarded?: boolean };
  if (proto.guarded === true) return;
  const check = proto.check_contracting_rules;
  proto.check_contracting_rules = function guardedCheck(this: GuardedIterator): boolean {
    const ok = check.call(this);
    if (ok) {
      this.rejectedCandidates = 0;
    } else {
      this.rejectedCandidates = (this.rejectedCandidates ?? 0) + 1;
      if (this.rejectedCandidates > MAX_REJECTED_CANDIDATES) {
        throw new Error(`aucune date trouvée après ${MAX_REJECTED_CANDIDATES} essais`);
      }
    }
    return ok;
  };
  proto.guarded = true;
}

guardRecurIterator();
