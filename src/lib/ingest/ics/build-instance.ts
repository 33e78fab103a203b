import type ICAL from 'ical.js';
import type { FeedEvent } from '../../domain/feed-event.ts';
import { addDays, toIsoDate } from '../../time/calendar-date.ts';
import { PARIS, startOfDateEpoch, toZonedIso } from '../../time/zoned-time.ts';
import type { EventFields } from './read-event.ts';
import type { ZoneContext } from './zone-context.ts';

/** One instance's dates as ical.js gives them, with the zones their wall-clock times are read in. */
export interface InstanceTimes {
  start: ICAL.Time;
  startZone: string;
  end: ICAL.Time;
  endZone: string;
}

/** An instance ready to publish, with its instants for the window test. */
export interface BuiltInstance {
  event: FeedEvent;
  startEpoch: number;
  endEpoch: number;
  /** `true` when DTEND was before DTSTART and the two were swapped. */
  swapped: boolean;
}

/** All-day dates: an end that is not after the start means one day (RFC 5545 for a DATE DTSTART). */
function allDayRange(times: InstanceTimes): { start: string; end: string; swapped: boolean } {
  const start = toIsoDate(times.start);
  const end = toIsoDate(times.end);
  if (end > start) return { start, end, swapped: false };
  if (end < start) return { start: end, end: addDays(start, 1), swapped: true };
  return { start, end: addDays(start, 1), swapped: false };
}

/** Dates of an instance: dates for all-day, else instants (a DATE end on a timed start is its midnight). */
function rangeOf(times: InstanceTimes, zones: ZoneContext) {
  if (times.start.isDate) {
    const range = allDayRange(times);
    const startEpoch = startOfDateEpoch(range.start, PARIS);
    const endEpoch = startOfDateEpoch(range.end, PARIS);
    return { ...range, startEpoch, endEpoch };
  }
  const a = zones.epochOf(times.start, times.startZone);
  const b = times.end.isDate
    ? startOfDateEpoch(toIsoDate(times.end), times.startZone)
    : zones.epochOf(times.end, times.endZone);
  const [startEpoch, endEpoch] = b < a ? [b, a] : [a, b];
  return { startEpoch, endEpoch, swapped: b < a, start: null, end: null };
}

/**
 * The FeedEvent of one instance (dates in Europe/Paris with offset, or dates with an exclusive
 * end), with its instants so the caller can keep it only when it overlaps the window.
 */
export function buildInstance(
  fields: EventFields,
  times: InstanceTimes,
  identity: { uid: string; recurrenceId: string | null; line: number },
  zones: ZoneContext,
): BuiltInstance {
  const range = rangeOf(times, zones);
  const event: FeedEvent = {
    uid: identity.uid,
    recurrenceId: identity.recurrenceId,
    title: fields.title,
    description: fields.description,
    start: range.start ?? toZonedIso(range.startEpoch, PARIS),
    end: range.end ?? toZonedIso(range.endEpoch, PARIS),
    allDay: times.start.isDate,
    status: fields.status,
    location: fields.location,
    address: null,
    communeText: null,
    coordinates: fields.coordinates,
    url: fields.url,
    registration: null,
    price: null,
    categories: fields.categories,
    publicsText: [],
    updatedAt: fields.updatedAt,
    line: identity.line,
  };
  return { event, startEpoch: range.startEpoch, endEpoch: range.endEpoch, swapped: range.swapped };
}
