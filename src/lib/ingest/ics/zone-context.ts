import ICAL from 'ical.js';
import type { Issue } from '../../domain/issue.ts';
import { toIsoDate } from '../../time/calendar-date.ts';
import { isKnownTimeZone } from '../../time/zone-offset.ts';
import { PARIS, toZonedIso, wallTimeAt, wallTimeToEpoch } from '../../time/zoned-time.ts';
import { messages } from './messages.ts';
import { resolveTimeZone } from './resolve-time-zone.ts';

/**
 * Turns ical.js times into instants and published values. Times in a zone the feed defines
 * (VTIMEZONE) or in UTC are converted by ical.js; the others (floating times, TZIDs without a
 * VTIMEZONE, Windows names) are wall-clock times read in the IANA zone their TZID resolves to,
 * with the platform's time-zone data.
 */
export interface ZoneContext {
  /** IANA zone in which a property's wall-clock time is read when ical.js has no zone for it. */
  wallZoneOf(property: ICAL.Property | null): string;
  /** Epoch milliseconds of a time; dates are midnight in Europe/Paris (the window's convention). */
  epochOf(time: ICAL.Time, wallZone: string): number;
  /** Published form: a `YYYY-MM-DD` date, or a Europe/Paris date-time with offset. */
  whenOf(time: ICAL.Time, wallZone: string): string;
  /** A time at the same instant, expressed the way `like` (a series' DTSTART) expresses its slots. */
  alignTo(time: ICAL.Time, wallZone: string, like: ICAL.Time, likeZone: string): ICAL.Time;
}

function isFloating(time: ICAL.Time): boolean {
  const zone = time.zone as ICAL.Timezone | null | undefined;
  return zone === ICAL.Timezone.localTimezone || zone === null || zone === undefined;
}

const ianaIds = new Map<string, boolean>();
/** `true` for an IANA zone id the platform knows (`Europe/Paris`), not for Windows or display names. */
function isIanaId(tzid: string): boolean {
  let known = ianaIds.get(tzid);
  if (known === undefined) {
    known = /^[A-Za-z]+\/[A-Za-z_+\-/]+$/.test(tzid) && isKnownTimeZone(tzid);
    ianaIds.set(tzid, known);
  }
  return known;
}

/** The zone context of one feed; unknown TZIDs are reported once each in `issues`. */
export function createZoneContext(floatingZone: string, issues: Issue[]): ZoneContext {
  const resolved = new Map<string, string>();
  const wallZoneOfTzid = (tzid: string): string => {
    let zone = resolved.get(tzid);
    if (zone === undefined) {
      zone = resolveTimeZone(tzid, floatingZone) ?? floatingZone;
      if (resolveTimeZone(tzid, floatingZone) === null) {
        issues.push({ severity: 'warning', message: messages.unknownZone(tzid, floatingZone) });
      }
      resolved.set(tzid, zone);
    }
    return zone;
  };
  const epochOf = (time: ICAL.Time, wallZone: string): number => {
    if (time.isDate)
      return wallTimeToEpoch(
        { year: time.year, month: time.month, day: time.day, hour: 0, minute: 0, second: 0 },
        PARIS,
      );
    const { year, month, day, hour, minute, second } = time;
    if (!isFloating(time)) {
      if (time.zone === ICAL.Timezone.utcTimezone) return Date.UTC(year, month - 1, day, hour, minute, second);
      // A VTIMEZONE named by its IANA id (Google, Apple, Nextcloud exports) says what the platform's
      // zone data says: read it with the platform's cached offsets rather than ical.js's much slower rule walk.
      const tzid = (time.zone as ICAL.Timezone | null)?.tzid;
      if (tzid !== undefined && isIanaId(tzid))
        return wallTimeToEpoch({ year, month, day, hour, minute, second }, tzid);
      return time.toUnixTime() * 1000;
    }
    return wallTimeToEpoch({ year, month, day, hour, minute, second }, wallZone);
  };
  return {
    wallZoneOf(property) {
      const tzid = property?.getParameter('tzid');
      if (typeof tzid !== 'string' || tzid.trim() === '') return floatingZone;
      // A zone the feed defines is converted by ical.js: its name needs no resolving.
      return ICAL.TimezoneService.has(tzid)
        ? (resolveTimeZone(tzid, floatingZone) ?? floatingZone)
        : wallZoneOfTzid(tzid);
    },
    epochOf,
    whenOf(time, wallZone) {
      return time.isDate ? toIsoDate(time) : toZonedIso(epochOf(time, wallZone), PARIS);
    },
    alignTo(time, wallZone, like, likeZone) {
      if (like.isDate) return ICAL.Time.fromData({ year: time.year, month: time.month, day: time.day, isDate: true });
      const source = time.isDate
        ? ICAL.Time.fromData(
            {
              year: time.year,
              month: time.month,
              day: time.day,
              hour: like.hour,
              minute: like.minute,
              second: like.second,
            },
            like.zone,
          )
        : time;
      const epoch = epochOf(source, time.isDate ? likeZone : wallZone);
      const utc = ICAL.Time.fromJSDate(new Date(epoch), true);
      if (like.zone === ICAL.Timezone.utcTimezone) return utc;
      if (!isFloating(like)) return utc.convertToZone(like.zone);
      const wall = wallTimeAt(epoch, likeZone);
      return ICAL.Time.fromData({ ...wall, isDate: false });
    },
  };
}
