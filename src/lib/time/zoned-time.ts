/**
 * Wall-clock time in an IANA zone ↔ instants, with the platform's Intl time-zone data only (its
 * offsets read once per span of time in zone-offset.ts). All published times are Europe/Paris
 * with their offset (`2026-12-03T14:00:00+01:00`).
 */
import { BoundedMemo } from '../bounded-memo.ts';
import { isIsoDate, parseIsoDate, toIsoDate } from './calendar-date.ts';
import { padDigits } from './pad-digits.ts';
import { zoneOffsetMs } from './zone-offset.ts';

export const PARIS = 'Europe/Paris';

const DAY_MS = 86_400_000;

/** A wall-clock date-time, as read on a clock in some zone. Months are 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
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

/** The wall-clock time of an instant (epoch milliseconds) in a zone. */
export function wallTimeAt(epochMs: number, timeZone: string = PARIS): WallTime {
  return wallFromOffset(epochMs, zoneOffsetMs(epochMs, timeZone));
}

/** Offset of the zone from UTC at an instant, in minutes (`60` for Paris in winter). */
export function offsetMinutesAt(epochMs: number, timeZone: string = PARIS): number {
  return Math.round(zoneOffsetMs(epochMs, timeZone) / 60_000);
}

/**
 * The instant a wall-clock time designates in a zone. In the autumn overlap the earlier instant
 * wins; a time skipped in spring moves forward by the gap (as RFC 5545 says for DTSTART).
 */
export function wallTimeToEpoch(w: WallTime, timeZone: string = PARIS): number {
  const guess = wallAsUtc(w);
  // The offsets in force a day before and a day after cover both sides of any change of hour.
  const before = offsetMinutesAt(guess - DAY_MS, timeZone);
  const at = offsetMinutesAt(guess, timeZone);
  const after = offsetMinutesAt(guess + DAY_MS, timeZone);
  // Nearly always no change is near: one offset, one candidate, which is also the fallback below.
  if (before === at && at === after) return guess - before * 60_000;
  const candidates = [before, at, after]
    .map((o) => guess - o * 60_000)
    .filter((t) => wallAsUtc(wallTimeAt(t, timeZone)) === guess);
  if (candidates.length > 0) return Math.min(...candidates);
  // Skipped (spring forward): keep the wall time's distance from the earlier offset.
  return guess - before * 60_000;
}

/**
 * ISO 8601 with the zone's offset: `2026-12-03T14:00:00+01:00`. The wall time written is the one
 * the written offset gives (to the second), so the text always reads back as the same instant.
 */
export function toZonedIso(epochMs: number, timeZone: string = PARIS): string {
  const offset = offsetMinutesAt(epochMs, timeZone);
  const w = wallFromOffset(epochMs, offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const time = `${padDigits(w.hour)}:${padDigits(w.minute)}:${padDigits(w.second)}`;
  return `${toIsoDate(w)}T${time}${sign}${padDigits(Math.floor(abs / 60))}:${padDigits(abs % 60)}`;
}

/** `YYYY-MM-DD` of the instant's day in the zone. */
export function toZonedDate(epochMs: number, timeZone: string = PARIS): string {
  return toIsoDate(wallTimeAt(epochMs, timeZone));
}

/** Midnight of a `YYYY-MM-DD` date in the zone, as epoch milliseconds. */
export function startOfDateEpoch(date: string, timeZone: string = PARIS): number {
  return wallTimeToEpoch({ ...parseIsoDate(date), hour: 0, minute: 0, second: 0 }, timeZone);
}

/**
 * Epoch milliseconds of a stored start or end: a date-time with offset, or a date (read as
 * midnight in the zone).
 */
export function whenToEpoch(when: string, timeZone: string = PARIS): number {
  const read = () => (isIsoDate(when) ? startOfDateEpoch(when, timeZone) : Date.parse(when));
  return timeZone === PARIS ? parisEpochs.get(when, read) : read();
}

/**
 * A build compares and filters the same starts and ends many times (each calendar, listing and
 * tally reads them): each text is parsed once. Bounded, so a long-running process stays small.
 */
const parisEpochs = new BoundedMemo<string, number>(200_000);
