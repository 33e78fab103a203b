import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, zoneOffsetMs } from '../../../src/lib/time/zone-offset.ts';

describe('isKnownTimeZone', () => {
  it('knows IANA zones and refuses names the platform does not have', () => {
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Romance Standard Time')).toBe(false);
    expect(isKnownTimeZone('Europe/Atlantis')).toBe(false);
  });
});

describe('zoneOffsetMs', () => {
  it('gives Paris one hour in winter and two in summer', () => {
    expect(zoneOffsetMs(Date.UTC(2026, 11, 3, 12), 'Europe/Paris')).toBe(3_600_000);
    expect(zoneOffsetMs(Date.UTC(2026, 6, 1, 12), 'Europe/Paris')).toBe(7_200_000);
  });

  it('changes at the exact second of the change of hour, and keeps answering the same once cached', () => {
    const change = Date.UTC(2026, 2, 29, 1);
    for (let round = 0; round < 2; round++) {
      expect(zoneOffsetMs(change - 1000, 'Europe/Paris')).toBe(3_600_000);
      expect(zoneOffsetMs(change, 'Europe/Paris')).toBe(7_200_000);
    }
  });

  it('keeps the seconds of an old local mean time', () => {
    // Paris kept its own mean time, 9 min 21 s ahead of Greenwich, until 1911.
    expect(zoneOffsetMs(Date.UTC(1900, 0, 1), 'Europe/Paris')).toBe(561_000);
  });

  it('reads quarter-hour zones', () => {
    expect(zoneOffsetMs(Date.UTC(2026, 0, 1), 'Asia/Kathmandu')).toBe(20_700_000);
  });
});
