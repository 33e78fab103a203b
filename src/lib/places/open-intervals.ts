import OpeningHours from 'opening_hours';
import { wallTimeAt, wallTimeToEpoch } from '../time/zoned-time.ts';

/** An opening interval: start and end instants, epoch milliseconds. */
export type OpenInterval = [start: number, end: number];

/** Where the places are, for the public holidays of an `opening_hours` rule (`PH off`). */
const NOMINATIM = { lat: 47.905, lon: -1.397, address: { country_code: 'fr', state: 'Bretagne' } };

/**
 * Parses an OSM `opening_hours` value with the `opening_hours` package. Throws a French message
 * quoting the value when it cannot be read.
 */
export function parseOpeningHours(value: string): OpeningHours {
  try {
    return new OpeningHours(value, NOMINATIM);
  } catch (cause) {
    throw new Error(`horaires illisibles « ${value} » (syntaxe OSM opening_hours attendue)`, { cause });
  }
}

/*
 * The package reads and returns dates in the process's local time. Its local fields carry Europe/Paris
 * wall time here, so the result does not depend on the time zone of the machine that builds.
 */
const wallToLocal = (epochMs: number): Date => {
  const w = wallTimeAt(epochMs);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
};
const localToEpoch = (d: Date): number =>
  wallTimeToEpoch({
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
  });

/**
 * The intervals during which a place is open between two instants, read in Europe/Paris time,
 * from an `opening_hours` value or one already parsed (a build parses each place's value once).
 */
export function openIntervals(value: string | OpeningHours, fromMs: number, toMs: number): OpenInterval[] {
  const hours = typeof value === 'string' ? parseOpeningHours(value) : value;
  return hours
    .getOpenIntervals(wallToLocal(fromMs), wallToLocal(toMs))
    .filter(([, , unknown]) => !unknown)
    .map(([start, end]): OpenInterval => [localToEpoch(start), localToEpoch(end)]);
}
