import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetMinutesAt, toZonedIso, wallTimeAt, wallTimeToEpoch } from '../../../src/lib/time/zoned-time.ts';

/** The wall time straight from Intl, as the cached conversion must give it (Swedish writes `2026-12-03 14:00:00`). */
function intlWall(epochMs: number, timeZone: string) {
  const [date = '', time = ''] = new Date(epochMs).toLocaleString('sv-SE', { timeZone }).split(' ');
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  const [hour = NaN, minute = NaN, second = NaN] = time.split(':').map(Number);
  return { year, month, day, hour, minute, second };
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

// Whole seconds from 1970 to 2100, and instants within two hours of Paris's 2026 changes of hour.
const modernInstants = fc.oneof(
  fc.integer({ min: 0, max: 4_102_444_800 }).map((s) => s * 1000),
  fc
    .tuple(
      fc.constantFrom(Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 10, 1, 6)),
      fc.integer({ min: -7_200, max: 7_200 }),
    )
    .map(([t, s]) => t + s * 1000),
);

describe('wallTimeToEpoch (cached offsets)', () => {
  it('gives an instant whose Intl wall time is the one asked, the earlier of two in the autumn overlap', () => {
    fc.assert(
      fc.property(modernInstants, fc.constantFrom(...zones), (epoch, zone) => {
        const wall = intlWall(epoch, zone);
        const found = wallTimeToEpoch(wall, zone);
        expect(intlWall(found, zone)).toEqual(wall);
        expect(found).toBeLessThanOrEqual(epoch);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('toZonedIso (cached offsets)', () => {
  it('writes the Intl wall time with an offset that reads back as the same instant', () => {
    fc.assert(
      fc.property(modernInstants, fc.constantFrom(...zones), (epoch, zone) => {
        const iso = toZonedIso(epoch, zone);
        const w = intlWall(epoch, zone);
        const pad = (n: number) => String(n).padStart(2, '0');
        expect(iso.slice(0, 19)).toBe(
          `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`,
        );
        expect(Date.parse(iso)).toBe(epoch);
      }),
      { numRuns: 3_000 },
    );
  });

  it('writes a time of an old local mean time so that it reads back to the minute', () => {
    // Paris mean time was 9 min 21 s ahead of Greenwich: the written offset is +00:09.
    expect(toZonedIso(Date.UTC(1900, 0, 1, 12), 'Europe/Paris')).toBe('1900-01-01T12:09:00+00:09');
  });
});
