import OpeningHours from 'opening_hours';
import { wallTimeAt, wallTimeToEpoch } from '../time/zoned-time.ts';

/** An opening interval: start and end instants, epoch milliseconds. */
export type OpenInterval = [start: number, end: number];

/**
 * Where the places are: the `opening_hours` package reads French public holidays (`PH`) and the
 * school holidays of the académie de Rennes (`SH`, region Bretagne) from it.
 */
const NOMINATIM = { lat: 47.905, lon: -1.397, address: { country_code: 'fr', state: 'Bretagne' } };

/** The value names public holidays itself (`PH off`, `PH 10:00-12:00`). */
const NAMES_PUBLIC_HOLIDAYS = /(?:^|[\s;,|])PH(?=$|[\s;,:])/;

/**
 * The hours a place actually keeps, the one rule of the site for holidays (the place page, the
 * home, the map and the open data all read hours through it): in France public services,
 * libraries and on-demand transport close on public holidays (jours fériés), so hours that say
 * nothing about them are closed on them (`; PH off` is added). Hours that name `PH` are kept as
 * written (`PH 10:00-12:00` opens on holidays). School holidays count only where the hours name
 * them (`SH off`, `SH Mo-Fr 14:00-18:00`).
 */
export function withPublicHolidays(value: string): string {
  const trimmed = value.trim().replace(/;\s*$/, '');
  return NAMES_PUBLIC_HOLIDAYS.test(trimmed) ? trimmed : `${trimmed}; PH off`;
}

/**
 * Parses an OSM `opening_hours` value with the `opening_hours` package, public holidays applied
 * (`withPublicHolidays`). Throws a French message quoting the value when it cannot be read.
 */
export function parseOpeningHours(value: string): OpeningHours {
  try {
    return new OpeningHours(withPublicHolidays(value), NOMINATIM);
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
  let intervals: ReturnType<OpeningHours['getOpenIntervals']>;
  try {
    intervals = hours.getOpenIntervals(wallToLocal(fromMs), wallToLocal(toMs));
  } catch (cause) {
    // The package knows the school holidays (`SH`) of a few years only.
    throw new Error(
      `horaires impossibles à calculer pour cette période (vacances scolaires pas encore connues du paquet opening_hours ?)`,
      { cause },
    );
  }
  return intervals
    .filter(([, , unknown]) => !unknown)
    .map(([start, end]): OpenInterval => [localToEpoch(start), localToEpoch(end)]);
}
