import ICAL from 'ical.js';

/** Most consecutive candidate times ical.js may reject inside one `next()` before we stop the rule. */
export const MAX_REJECTED_CANDIDATES = 200_000;

/**
 * The private method of `ICAL.RecurIterator.prototype` the guard wraps: ical.js's `next()` calls
 * it on each candidate time and loops until it returns `true`. A test pins it: an ical.js that
 * renames or removes it makes installRecurIteratorGuard throw instead of leaving rules unguarded.
 */
export const GUARDED_METHOD = 'check_contracting_rules';

/** Where a guarded method keeps the method it wraps (and how a second install knows it is done). */
const WRAPPED = Symbol('wrapped RecurIterator method');

interface IteratorState {
  rejectedCandidates?: number;
}

type Check = ((this: IteratorState) => boolean) & { [WRAPPED]?: (this: IteratorState) => boolean };

function guard(check: (this: IteratorState) => boolean): Check {
  const guarded: Check = function guardedCheck(this: IteratorState): boolean {
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
  guarded[WRAPPED] = check;
  return guarded;
}

/**
 * Makes ical.js's rule iterator give up on rules that never produce a date. Its `next()` loops
 * until a candidate passes the BY* rules, and some rules never pass (`FREQ=DAILY;BYMONTHDAY=-1,-2`
 * on a DATE start loops forever in ical.js 2.2): a feed must not hang the build. After
 * MAX_REJECTED_CANDIDATES rejections in a row the iterator throws, and the series is reported.
 *
 * This changes `ICAL.RecurIterator.prototype` for the whole process, so it is never done on
 * import: call it before iterating any rule (parseIcsFeed does). Idempotent. `prototype` is for tests.
 */
export function installRecurIteratorGuard(prototype: object = ICAL.RecurIterator.prototype): void {
  const target = prototype as Record<typeof GUARDED_METHOD, Check | undefined>;
  const check = target[GUARDED_METHOD];
  if (typeof check !== 'function') {
    throw new Error(
      `ical.js n’a plus de méthode RecurIterator.prototype.${GUARDED_METHOD} : le garde-fou des règles de répétition ne peut pas être installé (vérifiez la mise à jour d’ical.js)`,
    );
  }
  if (check[WRAPPED] === undefined) target[GUARDED_METHOD] = guard(check);
}

/** The method the installed guard wraps on `prototype`, or `null` when no guard is installed there. */
export function guardedMethodOf(prototype: object = ICAL.RecurIterator.prototype): (() => boolean) | null {
  const check = (prototype as Record<typeof GUARDED_METHOD, Check | undefined>)[GUARDED_METHOD];
  return check?.[WRAPPED] ?? null;
}
