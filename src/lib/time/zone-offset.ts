/**
 * The offset of an IANA zone from UTC at an instant, from the platform's Intl data, behind the one
 * offset cache of the project: zoned-time.ts and everything that converts times go through it.
 */

import { BoundedMemo } from '../bounded-memo.ts';

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

/** Offset (ms, whole seconds) of the zone at an instant, from Intl (slow: one formatToParts). */
function intlOffsetMs(epochMs: number, timeZone: string): number {
  const rounded = Math.floor(epochMs / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(rounded))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wallAsUtc = Date.UTC(
    parts['year'] ?? 0,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  return wallAsUtc - rounded;
}

// Offsets change a few times a year, and feeds repeat the same hours thousands of times while
// Intl is slow: each span's offset is read once, at both ends. A span of six hours holding a change
// is cut into quarters of an hour; a quarter holding one is read exactly at each call.
const SPAN_MS = 6 * 3_600_000;
const QUARTER_MS = 900_000;
const MAX_CACHED = 200_000;
const offsetCache = new Map<string, BoundedMemo<number, number>>();

/** The offset over `[start, start + length)` when it is the same at both ends, else NaN. */
function steadyOffset(start: number, length: number, timeZone: string): number {
  const first = intlOffsetMs(start, timeZone);
  return first === intlOffsetMs(start + length - 1000, timeZone) ? first : Number.NaN;
}

/** Offset of the zone from UTC at an instant, in milliseconds (whole seconds: `3_600_000` for Paris in winter). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (cache === undefined) offsetCache.set(timeZone, (cache = new BoundedMemo(MAX_CACHED)));
  const span = Math.floor(epochMs / SPAN_MS);
  const spanOffset = cache.get(span * 2, () => steadyOffset(span * SPAN_MS, SPAN_MS, timeZone));
  if (!Number.isNaN(spanOffset)) return spanOffset;
  // Odd keys for quarters, even keys for spans: one map per zone.
  const quarter = Math.floor(epochMs / QUARTER_MS);
  const offset = cache.get(quarter * 2 + 1, () => steadyOffset(quarter * QUARTER_MS, QUARTER_MS, timeZone));
  return Number.isNaN(offset) ? intlOffsetMs(epochMs, timeZone) : offset;
}
