import type OpeningHours from 'opening_hours';
import { BoundedMemo } from '../bounded-memo.ts';
import type { PlaceEntry, Stop } from '../domain/index.ts';
import type { Contact } from './contact.ts';
import { labelsOf } from '../domain/vocabulary.ts';
import { parseOpeningHours, openIntervals, type OpenInterval } from './open-intervals.ts';
import type { Session } from './next-sessions.ts';
import type { PlaceLookups, PlaceSummary } from './place-summary.ts';
import { weeklyHours, type HoursRow } from './weekly-hours.ts';
import { whatToBring, type ToBring } from './what-to-bring.ts';

/** The hours of a place or of one stop: in words, and as intervals for the browser's "open now". */
export interface Hours {
  rows: HoursRow[];
  /** Openings of the five weeks from the day before the build, epoch ms: enough for a build days old and a bus stopping twice a month. */
  intervals: OpenInterval[];
  /** Why the hours could not be computed (`SH` in a year the package does not know), for the build log. */
  problem?: string;
}

/** The hours of a place and of each of its stops (in the order of `stops`), read once per build. */
export interface PlaceHours {
  hours: Hours | null;
  stops: Hours[];
}

/** A stop of an itinerant service, with its commune named and its hours read. */
export type StopView = Stop & { communeName: string; hours: Hours };

/** A place as its page and its cards show it: the summary, the place itself, hours, coming sessions. */
export interface PlaceView extends PlaceSummary {
  place: PlaceEntry;
  /** How to reach it: its own contact, else its organisation's, else the intercommunality's. */
  contact: Contact;
  hours: Hours | null;
  stops: StopView[];
  feeLabels: string[];
  accompanimentLabels: string[];
  sessions: Session[];
  toBring: ToBring;
}

const DAY_MS = 86_400_000;
const HOURS_WINDOW_MS = 36 * DAY_MS;

/**
 * The hours of an `opening_hours` value from `now`, the value parsed once; names the place when
 * the value is unreadable.
 */
export function hoursOf(value: string, now: Date, where: string): Hours {
  return computedHours.get(
    `${String(now.getTime())} ${value}`,
    () => computeHours(value, now, where),
    (hours) => hours.problem === undefined,
  );
}

function computeHours(value: string, now: Date, where: string): Hours {
  let parsed: OpeningHours;
  try {
    parsed = parseOpeningHours(value);
  } catch (cause) {
    throw new Error(`${where} : ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  const from = now.getTime() - DAY_MS;
  try {
    return { rows: weeklyHours(parsed, now), intervals: openIntervals(parsed, from, from + HOURS_WINDOW_MS) };
  } catch (cause) {
    // Readable but not computable for these weeks: shown as unknown (never as open) and reported.
    return { rows: [], intervals: [], problem: `${where} : ${cause instanceof Error ? cause.message : String(cause)}` };
  }
}

/**
 * Hours already worked out, by instant and value: places of a network often share the same
 * `opening_hours` (a bus's stops, a chain's branches), and the public-holiday arithmetic of the
 * package is the costly part. Only computable values are kept (a problem names its place).
 */
const computedHours = new BoundedMemo<string, Hours>(10_000);

/** The hours of a place and of its stops at `now` (the build computes them once per place). */
export function placeHours(place: PlaceEntry, now: Date): PlaceHours {
  const where = `places/${place.id}.md`;
  return {
    hours: place.openingHours === undefined ? null : hoursOf(place.openingHours, now, where),
    stops: place.stops.map((stop) => hoursOf(stop.openingHours, now, `${where}, arrêt ${stop.location}`)),
  };
}

/** What a place view is made of, each part computed once per build. */
export interface PlaceParts {
  place: PlaceEntry;
  summary: PlaceSummary;
  hours: PlaceHours;
  /** Its next sessions. */
  sessions: Session[];
  contact: Contact;
}

/** Everything a page needs to show a place; `themes` narrows "what to bring" to a need. */
export function toPlaceView(parts: PlaceParts, lookups: PlaceLookups, themes?: readonly string[]): PlaceView {
  const { place, summary, hours, sessions, contact } = parts;
  const { taxonomy, communeNames } = lookups;
  return {
    ...summary,
    place,
    contact,
    hours: hours.hours,
    stops: place.stops.map((stop, i) => ({
      ...stop,
      communeName: communeNames.get(stop.commune) ?? stop.commune,
      hours: hours.stops[i] ?? { rows: [], intervals: [] },
    })),
    feeLabels: labelsOf(taxonomy.fees, place.fees),
    accompanimentLabels: labelsOf(taxonomy.accompaniments, place.accompaniments),
    sessions,
    toBring: whatToBring(place, themes),
  };
}

/** Where a card sends a resident: the place itself, or the stop of its itinerant service nearest to them. */
export interface PlaceWhere {
  /** The stop, for an itinerant service; `undefined` for the place itself. */
  stop: StopView | undefined;
  /** `1 rue de la Mairie, 35150 Janzé`, or for a stop `Parking de la mairie, Thourie`. */
  address: string;
  hours: Hours | null;
  /** The `toConfirm` fields of the address and of the hours shown. */
  addressField: 'address' | 'stops';
  hoursField: 'openingHours' | 'stops';
}

/** What a card shows of where to go: the stop `nearStop` names (see `placeDistance`), else the place. */
export function placeWhere(view: PlaceView, nearStop: Stop | null): PlaceWhere {
  const stop =
    nearStop === null
      ? undefined
      : view.stops.find(
          (s) =>
            s.commune === nearStop.commune &&
            s.location === nearStop.location &&
            s.openingHours === nearStop.openingHours,
        );
  if (stop === undefined)
    return { stop, address: view.address, hours: view.hours, addressField: 'address', hoursField: 'openingHours' };
  return {
    stop,
    address: `${stop.location}, ${stop.communeName}`,
    hours: stop.hours,
    addressField: 'stops',
    hoursField: 'stops',
  };
}
