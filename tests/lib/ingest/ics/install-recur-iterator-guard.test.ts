import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  GUARDED_METHOD,
  guardedMethodOf,
  installRecurIteratorGuard,
  MAX_REJECTED_CANDIDATES,
} from '../../../../src/lib/ingest/ics/install-recur-iterator-guard.ts';
import { parseIcsFeed } from '../../../../src/lib/ingest/ics/parse-ics-feed.ts';

type Check = (this: unknown) => boolean;
const prototype = ICAL.RecurIterator.prototype as unknown as Record<string, Check>;

/** libical's vector "daily by negative monthday": on a DATE start, ical.js 2.2 finds its first date, then loops. */
const RUNAWAY_RULE = 'FREQ=DAILY;BYMONTHDAY=-1,-2;COUNT=5';
const runawayIterator = () => ICAL.Recur.fromString(RUNAWAY_RULE).iterator(ICAL.Time.fromDateString('2024-10-30'));
const runawayCalendar = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//FR',
  'BEGIN:VEVENT',
  'UID:fin-de-mois@test',
  'DTSTAMP:20241001T000000Z',
  'DTSTART;VALUE=DATE:20241030',
  `RRULE:${RUNAWAY_RULE}`,
  'SUMMARY:Permanence de fin de mois',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');
const window = { from: new Date('2024-10-01T00:00:00+02:00'), to: new Date('2025-01-01T00:00:00+01:00') };

/** Runs `body` with ical.js's own method replaced by `replacement`, then puts back what was there. */
function withMethod(replacement: Check, body: () => void): void {
  const installed = prototype[GUARDED_METHOD];
  prototype[GUARDED_METHOD] = replacement;
  try {
    body();
  } finally {
    if (installed !== undefined) prototype[GUARDED_METHOD] = installed;
  }
}

describe('installRecurIteratorGuard', () => {
  it('is not installed by importing the parser, and is installed by parsing, which then ends on the runaway rule', () => {
    expect(guardedMethodOf()).toBeNull();
    const result = parseIcsFeed(new TextEncoder().encode(runawayCalendar), { sourceId: 'test', window, timeZone: '' });
    expect(guardedMethodOf()).not.toBeNull();
    expect(result.events.map((event) => event.start)).toEqual(['2024-10-30']);
    expect(result.issues.map((issue) => issue.severity)).toEqual(['warning']);
    expect(result.issues[0]?.message).toContain(`aucune date trouvée après ${MAX_REJECTED_CANDIDATES} essais`);
  });

  it('wraps RecurIterator.prototype.check_contracting_rules, the method ical.js calls on every candidate', () => {
    expect(GUARDED_METHOD).toBe('check_contracting_rules');
    expect(Object.hasOwn(ICAL.RecurIterator.prototype, GUARDED_METHOD)).toBe(true);
    const own = guardedMethodOf() ?? prototype[GUARDED_METHOD];
    expect(own).toBeTypeOf('function');
    installRecurIteratorGuard();
    expect(prototype[GUARDED_METHOD]).not.toBe(own);
    expect(guardedMethodOf()).toBe(own);
    // ical.js's next() goes through the wrapper: it keeps its count on the iterator.
    const iterator = ICAL.Recur.fromString('FREQ=DAILY;BYMONTHDAY=1').iterator(ICAL.Time.fromDateString('2026-01-01'));
    iterator.next();
    expect(iterator.next().toString()).toBe('2026-02-01');
    expect((iterator as unknown as { rejectedCandidates?: number }).rejectedCandidates).toBe(0);
  });

  it('is idempotent: a second call wraps nothing more', () => {
    installRecurIteratorGuard();
    const installed = prototype[GUARDED_METHOD];
    const wrapped = guardedMethodOf();
    installRecurIteratorGuard();
    expect(prototype[GUARDED_METHOD]).toBe(installed);
    expect(guardedMethodOf()).toBe(wrapped);
  });

  it('throws a clear error, rather than leave rules unguarded, when ical.js no longer has the method', () => {
    expect(() => {
      installRecurIteratorGuard({ next: () => null });
    }).toThrow(/RecurIterator\.prototype\.check_contracting_rules/);
  });

  it('gives up after MAX_REJECTED_CANDIDATES rejections in a row, counting again after each accepted candidate', () => {
    let accept = false;
    const fake = { [GUARDED_METHOD]: () => accept };
    installRecurIteratorGuard(fake);
    const iterator = Object.create(fake) as Record<string, () => boolean>;
    const call = () => iterator[GUARDED_METHOD]?.();
    const rejectAsManyAsAllowed = () => {
      accept = false;
      for (let i = 0; i < MAX_REJECTED_CANDIDATES; i++) call();
    };
    rejectAsManyAsAllowed();
    accept = true;
    expect(call()).toBe(true);
    rejectAsManyAsAllowed();
    expect(call).toThrow(`aucune date trouvée après ${MAX_REJECTED_CANDIDATES} essais`);
  });
});

describe('the runaway rule the guard protects against', () => {
  it('never gives ical.js alone a second date: it rejects more candidates in a row than the guard allows', () => {
    const own = guardedMethodOf() ?? prototype[GUARDED_METHOD];
    if (own === undefined) throw new Error('ical.js has no check_contracting_rules');
    let rejected = 0;
    const counting: Check = function (this: unknown) {
      const ok = own.call(this);
      rejected = ok ? 0 : rejected + 1;
      if (rejected > MAX_REJECTED_CANDIDATES) throw new Error('still rejecting');
      return ok;
    };
    withMethod(counting, () => {
      const iterator = runawayIterator();
      expect(iterator.next().toString()).toBe('2024-10-30');
      expect(() => iterator.next()).toThrow('still rejecting');
    });
  });

  it('ends with the guard installed: after its first date, the iterator throws', () => {
    installRecurIteratorGuard();
    const iterator = runawayIterator();
    expect(iterator.next().toString()).toBe('2024-10-30');
    expect(() => iterator.next()).toThrow(`aucune date trouvée après ${MAX_REJECTED_CANDIDATES} essais`);
  });
});
