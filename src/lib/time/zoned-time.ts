/**
 * Wall-clock time in an IANA zone ↔ instants, with the platform's Intl time-zone data only.
 * All published times are Europe/Paris with their offset (`2026-12-03T14:00:00+01:00`).
 */

export const PARIS = 'Europe/Paris';

/** A wall-clock date-time, as read on a clock in some zone. Months are 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** `true` when the platform knows this IANA zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time of an instant as the platform's Intl data gives it (slow: one formatToParts). */
function intlWallTimeAt(epochMs: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** Offset (ms, whole seconds) of the zone at an instant, from Intl. */
function intlOffsetMs(epochMs: number, timeZone: string): number {
  const rounded = Math.floor(epochMs / 1000) * 1000;
  return wallAsUtc(intlWallTimeAt(rounded, timeZone)) - rounded;
}

// Offsets change a few times a year, and feeds repeat the same hours thousands of times while
// Intl is slow: each span's offset is read once, at both ends. A span of six hours holding a change
// is cut into quarters of an hour; a quarter holding one is read exactly at each call.
const SPAN_MS = 6 * 3_600_000;
const QUARTER_MS = 900_000;
const MAX_CACHED = 200_000;
const offsetCache = new Map<string, Map<number, number>>();

/** The offset over `[start, start + length)` when it is the same at both ends, else NaN. */
function steadyOffset(start: number, length: number, timeZone: string): number {
  const first = intlOffsetMs(start, timeZone);
  return first === intlOffsetMs(start + length - 1000, timeZone) ? first : Number.NaN;
}

function cachedOffset(cache: Map<number, number>, key: number, read: () => number): number {
  let offset = cache.get(key);
  if (offset === undefined) {
    offset = read();
    cache.set(key, offset);
  }
  return offset;
}

function offsetMsAt(epochMs: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (cache === undefined || cache.size > MAX_CACHED) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const span = Math.floor(epochMs / SPAN_MS);
  const spanOffset = cachedOffset(cache, span * 2, () => steadyOffset(span * SPAN_MS, SPAN_MS, timeZone));
  if (!Number.isNaN(spanOffset)) return spanOffset;
  // Odd keys for quarters, even keys for spans: one map per zone.
  const quarter = Math.floor(epochMs / QUARTER_MS);
  const offset = cachedOffset(cache, quarter * 2 + 1, () => steadyOffset(quarter * QUARTER_MS, QUARTER_MS, timeZone));
  return Number.isNaN(offset) ? intlOffsetMs(epochMs, timeZone) : offset;
}

/** The wall-clock time of an instant (epoch milliseconds) in a zone. */
export function wallTimeAt(epochMs: number, timeZone: string = PARIS): WallTime {
  return wallFromOffset(epochMs, offsetMsAt(epochMs, timeZone));
}

function wallFromOffset(epochMs: number, offsetMs: number): WallTime {
  const shifted = new Date(Math.floor(epochMs / 1000) * 1000 + offsetMs);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** Offset of the zone from UTC at an instant, in minutes (`60` for Paris in winter). */
export function offsetMinutesAt(epochMs: number, timeZone: string = PARIS): number {
  return Math.round(offsetMsAt(epochMs, timeZone) / 60_000);
}

/**
 * The instant a wall-clock time designates in a zone. In the autumn overlap the earlier instant
 * wins; a time skipped in spring moves forward by the gap (as RFC 5545 says for DTSTART).
 */
export function wallTimeToEpoch(w: WallTime, timeZone: string = PARIS): number {
  const guess = wallAsUtc(w);
  // The offsets in force a day before and a day after cover both sides of any change of hour.
  const offsets = [guess - 86_400_000, guess, guess + 86_400_000].map((t) => offsetMinutesAt(t, timeZone));
  const candidates = offsets.map((o) => guess - o * 60_000).filter((t) => wallAsUtc(wallTimeAt(t, timeZone)) === guess);
  if (candidates.length > 0) return Math.min(...candidates);
  // Skipped (spring forward): keep the wall time's distance from the earlier offset.
  return guess - offsetMinutesAt(guess - 86_400_000, timeZone) * 60_000;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 with the zone's offset: `2026-12-03T14:00:00+01:00`. */
export function toZonedIso(epochMs: number, timeZone: string = PARIS): string {
  const offsetMs = offsetMsAt(epochMs, timeZone);
  const w = wallFromOffset(epochMs, offsetMs);
  const offset = Math.round(offsetMs / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `YYYY-MM-DD` of the instant's day in the zone. */
export function toZonedDate(epochMs: number, timeZone: string = PARIS): string {
  const w = wallTimeAt(epochMs, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** Midnight of a `YYYY-MM-DD` date in the zone, as epoch milliseconds. */
export function startOfDateEpoch(date: string, timeZone: string = PARIS): number {
  const [year, month, day] = date.split('-').map(Number);
  return wallTimeToEpoch(
    { year: year ?? 0, month: month ?? 1, day: day ?? 1, hour: 0, minute: 0, second: 0 },
    timeZone,
  );
}

/**
 * Epoch milliseconds of a stored start or end: a date-time with offset, or a date (read as
 * midnight in the zone).
 */
export function whenToEpoch(when: string, timeZone: string = PARIS): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(when) ? startOfDateEpoch(when, timeZone) : Date.parse(when);
}
