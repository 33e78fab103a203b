import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetMinutesAt, toZonedIso, wallTimeAt } from '../../../src/lib/time/zoned-time.ts';

/** The wall time straight from Intl, as the cached conversion must give it. */
function intlWall(epochMs: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];

describe('wallTimeAt (cached offsets)', () => {
  it('gives exactly the wall time Intl gives, around changes of hour included', () => {
    const instants = fc.oneof(
      fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(2100, 0, 1) }),
      // Within a few hours of the 2026 changes of hour in Paris (29 March, 25 October, 01:00 UTC).
      fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }).map((d) => Date.UTC(2026, 2, 29, 1) + d),
      fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }).map((d) => Date.UTC(2026, 9, 25, 1) + d),
    );
    fc.assert(
      fc.property(instants, fc.constantFrom(...zones), (epoch, zone) => {
        expect(wallTimeAt(epoch, zone)).toEqual(intlWall(epoch, zone));
      }),
      { numRuns: 3_000 },
    );
  });

  it('switches offset at the exact second of the change', () => {
    const change = Date.UTC(2026, 9, 25, 1);
    expect(offsetMinutesAt(change - 1000)).toBe(120);
    expect(offsetMinutesAt(change)).toBe(60);
    expect(toZonedIso(change - 1000)).toBe('2026-10-25T02:59:59+02:00');
    expect(toZonedIso(change)).toBe('2026-10-25T02:00:00+01:00');
  });
});
