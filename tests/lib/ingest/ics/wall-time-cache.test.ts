import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createZonedClock } from '../../../../src/lib/ingest/ics/wall-time-cache.ts';
import { toZonedIso, wallTimeAt, wallTimeToEpoch } from '../../../../src/lib/time/zoned-time.ts';

const zones = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
// Whole seconds from 1970 to 2100, concentrated around the changes of hour by the wide range.
const instant = fc.integer({ min: 0, max: 4_102_444_800 }).map((s) => s * 1000);

describe('createZonedClock', () => {
  it('formats every instant exactly as toZonedIso', () => {
    const clock = createZonedClock();
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (epoch, zone) => {
        expect(clock.toIso(epoch, zone)).toBe(toZonedIso(epoch, zone));
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads every wall-clock time exactly as wallTimeToEpoch, around the changes of hour too', () => {
    const clock = createZonedClock();
    const aroundChanges = fc.constantFrom(Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 10, 1, 6));
    const when = fc.oneof(
      instant,
      fc.tuple(aroundChanges, fc.integer({ min: -7_200, max: 7_200 })).map(([t, s]) => t + s * 1000),
    );
    fc.assert(
      fc.property(when, fc.constantFrom(...zones), (epoch, zone) => {
        const wall = wallTimeAt(epoch, zone);
        expect(clock.toEpoch(wall, zone)).toBe(wallTimeToEpoch(wall, zone));
      }),
      { numRuns: 2_000 },
    );
  });
});
