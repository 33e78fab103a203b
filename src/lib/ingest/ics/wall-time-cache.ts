import { offsetMinutesAt, toZonedIso, wallTimeToEpoch, type WallTime } from '../../time/zoned-time.ts';

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Conversions between wall-clock times and instants for the many instances of a feed. */
export interface ZonedClock {
  /** As `wallTimeToEpoch`. */
  toEpoch(wall: WallTime, timeZone: string): number;
  /** As `toZonedIso`. */
  toIso(epochMs: number, timeZone: string): string;
}

/**
 * `wallTimeToEpoch` and `toZonedIso` of zoned-time.ts with the zone's offset cached per UTC day:
 * when the offset is the same on both sides of a time, no change of hour is near and plain
 * arithmetic gives the answer; near a change, the exact (slower) functions decide. Same results,
 * a fraction of the Intl calls (each costs tens of microseconds).
 */
export function createZonedClock(): ZonedClock {
  const offsets = new Map<string, number>();
  const offsetOfDay = (day: number, timeZone: string): number => {
    const key = `${timeZone} ${day}`;
    let offset = offsets.get(key);
    if (offset === undefined) {
      offset = offsetMinutesAt(day * DAY_MS, timeZone);
      offsets.set(key, offset);
    }
    return offset;
  };
  return {
    toEpoch(wall, timeZone) {
      const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
      const day = Math.floor(guess / DAY_MS);
      const before = offsetOfDay(day - 1, timeZone);
      if (Number.isFinite(guess) && before === offsetOfDay(day + 2, timeZone)) return guess - before * 60_000;
      return wallTimeToEpoch(wall, timeZone);
    },
    toIso(epochMs, timeZone) {
      const day = Math.floor(epochMs / DAY_MS);
      const offset = offsetOfDay(day, timeZone);
      if (!Number.isFinite(epochMs) || offset !== offsetOfDay(day + 1, timeZone) || epochMs % 1000 !== 0) {
        return toZonedIso(epochMs, timeZone);
      }
      const w = new Date(epochMs + offset * 60_000);
      const abs = Math.abs(offset);
      const sign = offset < 0 ? '-' : '+';
      const date = `${pad(w.getUTCFullYear(), 4)}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}`;
      const time = `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}`;
      return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    },
  };
}
