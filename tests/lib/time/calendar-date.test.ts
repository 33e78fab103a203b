import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addDays,
  compareDates,
  daysInMonth,
  isIsoDate,
  parseIsoDate,
  toIsoDate,
} from '../../../src/lib/time/calendar-date.ts';

/** Any real calendar day between 1900 and 2999. */
const calendarDay = fc
  .record({
    year: fc.integer({ min: 1900, max: 2999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter((d) => d.day <= daysInMonth(d.year, d.month));

describe('isIsoDate', () => {
  it('accepts a bare YYYY-MM-DD date and nothing else', () => {
    expect(isIsoDate('2026-12-14')).toBe(true);
    expect(isIsoDate('2026-12-14T10:00:00+01:00')).toBe(false);
    expect(isIsoDate('14/12/2026')).toBe(false);
    expect(isIsoDate('2026-1-4')).toBe(false);
  });
});

describe('toIsoDate', () => {
  it('writes the month and day on two digits and the year on four', () => {
    expect(toIsoDate({ year: 2026, month: 3, day: 9 })).toBe('2026-03-09');
    expect(toIsoDate({ year: 987, month: 12, day: 31 })).toBe('0987-12-31');
  });
});

describe('parseIsoDate', () => {
  it('reads back every day toIsoDate writes', () => {
    fc.assert(
      fc.property(calendarDay, (d) => {
        expect(parseIsoDate(toIsoDate(d))).toEqual(d);
      }),
    );
  });
});

describe('addCalendarDays', () => {
  it('crosses months, years and leap days', () => {
    expect(toIsoDate(addCalendarDays({ year: 2026, month: 12, day: 31 }, 1))).toBe('2027-01-01');
    expect(toIsoDate(addCalendarDays({ year: 2028, month: 2, day: 28 }, 1))).toBe('2028-02-29');
    expect(addCalendarDays({ year: 2026, month: 3, day: 1 }, -1)).toEqual({ year: 2026, month: 2, day: 28 });
  });

  it('comes back to the same day after going forward and back', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: -800, max: 800 }), (d, n) => {
        expect(addCalendarDays(addCalendarDays(d, n), -n)).toEqual(d);
      }),
    );
  });
});

describe('addDays', () => {
  it('steps days across months and years', () => {
    expect(addDays('2026-12-31')).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('gives the day after by default, and the same day for zero', () => {
    expect(addDays('2028-02-28')).toBe('2028-02-29');
    expect(addDays('2026-12-14', 0)).toBe('2026-12-14');
  });
});

describe('compareDates', () => {
  it('orders days as their YYYY-MM-DD texts sort', () => {
    fc.assert(
      fc.property(calendarDay, calendarDay, (a, b) => {
        const [x, y] = [toIsoDate(a), toIsoDate(b)];
        expect(Math.sign(compareDates(a, b))).toBe(x < y ? -1 : x > y ? 1 : 0);
      }),
    );
  });
});

describe('daysInMonth', () => {
  it('knows short months and leap years', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});
