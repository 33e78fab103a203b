import { describe, expect, it } from 'vitest';
import { offsetMinutesAt, toZonedIso, wallTimeToEpoch, whenToEpoch } from '../../../src/lib/time/zoned-time.ts';

describe('toZonedIso', () => {
  it('writes Paris winter and summer times with their offsets', () => {
    expect(toZonedIso(Date.UTC(2026, 11, 3, 13, 0))).toBe('2026-12-03T14:00:00+01:00');
    expect(toZonedIso(Date.UTC(2026, 6, 1, 12, 30))).toBe('2026-07-01T14:30:00+02:00');
  });
});

describe('wallTimeToEpoch', () => {
  it('reads a Paris wall time on both sides of the change of hour', () => {
    expect(toZonedIso(wallTimeToEpoch({ year: 2026, month: 3, day: 28, hour: 14, minute: 0, second: 0 }))).toBe(
      '2026-03-28T14:00:00+01:00',
    );
    expect(toZonedIso(wallTimeToEpoch({ year: 2026, month: 3, day: 30, hour: 14, minute: 0, second: 0 }))).toBe(
      '2026-03-30T14:00:00+02:00',
    );
  });
  it('takes the first of the two 02:30 of the autumn night, and moves a skipped spring time forward', () => {
    expect(toZonedIso(wallTimeToEpoch({ year: 2026, month: 10, day: 25, hour: 2, minute: 30, second: 0 }))).toBe(
      '2026-10-25T02:30:00+02:00',
    );
    expect(toZonedIso(wallTimeToEpoch({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }))).toBe(
      '2026-03-29T03:30:00+02:00',
    );
  });
  it('works in other zones', () => {
    expect(offsetMinutesAt(Date.UTC(2026, 0, 1), 'America/New_York')).toBe(-300);
  });
});

describe('whenToEpoch', () => {
  it('reads dates as midnight in Paris and date-times by their offset', () => {
    expect(new Date(whenToEpoch('2026-12-14')).toISOString()).toBe('2026-12-13T23:00:00.000Z');
    expect(new Date(whenToEpoch('2026-12-03T14:00:00+01:00')).toISOString()).toBe('2026-12-03T13:00:00.000Z');
  });
});
