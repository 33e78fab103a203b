import { buildSeries, compareByStart } from '../agenda/index.ts';
import { isConfirmed, type Occurrence, type PlaceEntry } from '../domain/index.ts';
import { dayOf, formatDayLabel, formatTimeInDay } from '../format/index.ts';
import { servesCommune } from '../places/filter-places.ts';
import { locationIn } from '../places/place-summary.ts';
import { toIsoDate } from '../time/calendar-date.ts';
import { PARIS, startOfDateEpoch, toZonedDate, wallTimeAt } from '../time/zoned-time.ts';
import type { ExportContext } from './export-context.ts';
import { venueOf } from './venue.ts';
import { compactDates } from './compact-dates.ts';
import { overlapping } from './select-occurrences.ts';

/** One line of a printed programme. */
export interface ProgrammeEntry {
  id: string;
  title: string;
  /** `14 h – 16 h` or `toute la journée`. */
  hours: string;
  place: string | null;
  communeName: string | null;
  phone: string | null;
  registration: string | null;
  price: string | null;
  cancelled: boolean;
}

/** A day of the programme: `mardi 1er décembre 2026` and its entries. */
export interface ProgrammeDay {
  date: string;
  label: string;
  entries: ProgrammeEntry[];
}

/** A series met at least `REGULAR_MIN` times in the period: printed once with its dates. */
export interface ProgrammeRegular {
  entry: ProgrammeEntry;
  /** One phrase per month: `les mardis 1er, 8 (annulé) et 15 décembre` (see `compactDates`). */
  dates: string[];
}

export interface Programme {
  /** First day (`YYYY-MM-DD`) and last day included. */
  from: string;
  to: string;
  regulars: ProgrammeRegular[];
  days: ProgrammeDay[];
}

/** Series with this many dates in the period are printed once, as regular meetings. */
export const REGULAR_MIN = 3;

function streetOf(venue: ReturnType<typeof venueOf>): string | null {
  return venue.place !== null && !isConfirmed(venue.place, 'address') ? null : venue.street;
}

function entryOf(o: Occurrence, ctx: ExportContext, now: Date): ProgrammeEntry {
  const venue = venueOf(o, ctx);
  return {
    id: o.id,
    title: o.title,
    hours: formatTimeInDay(o, { now }),
    // A street still to be confirmed by the partner is left off the paper.
    place: venue.name === null ? null : [venue.name, streetOf(venue)].filter(Boolean).join(', '),
    communeName: venue.communeName,
    phone: venue.phone,
    registration: o.registration,
    price: o.price,
    cancelled: o.status === 'cancelled',
  };
}

/**
 * The programme of `[from, to]` (dates, Europe/Paris): regular series once with their dates,
 * every other occurrence under its day, days in order.
 */
export function buildProgramme(
  occurrences: readonly Occurrence[],
  ctx: ExportContext,
  from: string,
  to: string,
): Programme {
  const lastDayEnd = startOfDateEpoch(to) + 36 * 3_600_000;
  const inPeriod = overlapping(occurrences, startOfDateEpoch(from), startOfDateEpoch(toZonedDate(lastDayEnd)));
  // Years are written only for days not in the year the programme starts.
  const now = new Date(startOfDateEpoch(from));
  const regulars: ProgrammeRegular[] = [];
  const singles: Occurrence[] = [];
  for (const series of buildSeries(inPeriod)) {
    if (series.occurrences.length < REGULAR_MIN) singles.push(...series.occurrences);
    else
      regulars.push({
        entry: {
          ...entryOf(series.occurrences[0] as Occurrence, ctx, now),
          title: series.title,
          cancelled: series.occurrences.every((o) => o.status === 'cancelled'),
        },
        dates: compactDates(
          series.occurrences.map((o) => ({ date: dayOf(o.start), cancelled: o.status === 'cancelled' })),
          now,
        ),
      });
  }
  const days = new Map<string, ProgrammeDay>();
  for (const o of [...singles].sort(compareByStart)) {
    // An event begun before the period is listed on its first day.
    const date = dayOf(o.start) < from ? from : dayOf(o.start);
    let day = days.get(date);
    if (day === undefined) days.set(date, (day = { date, label: formatDayLabel(date, { now }), entries: [] }));
    day.entries.push(entryOf(o, ctx, now));
  }
  return { from, to, regulars, days: [...days.values()] };
}

/** Last day of the month `months` after the month of `date` (`2026-12-01`, 2 → `2027-02-28`). */
function endOfMonth(year: number, month: number, months: number): string {
  const end = new Date(Date.UTC(year, month - 1 + months + 1, 0));
  return toIsoDate({ year: end.getUTCFullYear(), month: end.getUTCMonth() + 1, day: end.getUTCDate() });
}

/** The coming quarter: today to the end of the second month after this one. */
export function quarterPeriod(now: Date): { from: string; to: string } {
  const w = wallTimeAt(now.getTime(), PARIS);
  return { from: toZonedDate(now.getTime()), to: endOfMonth(w.year, w.month, 2) };
}

/**
 * The month of a town-hall poster: the rest of this month, or next month when fewer than ten
 * days of this one remain (a poster goes up before the month it announces).
 */
export function posterPeriod(now: Date): { from: string; to: string } {
  const w = wallTimeAt(now.getTime(), PARIS);
  const thisMonthEnd = endOfMonth(w.year, w.month, 0);
  if (Number(thisMonthEnd.slice(8)) - w.day >= 10) return { from: toZonedDate(now.getTime()), to: thisMonthEnd };
  const next = endOfMonth(w.year, w.month, 1);
  return { from: `${next.slice(0, 8)}01`, to: next };
}

/** A place a commune's poster gives to be helped all year, and where to find it in that commune. */
export interface PosterPlace {
  place: PlaceEntry;
  /** Its street, or the location of its stops in the commune (`Parking de la mairie`). */
  location: string;
}

/**
 * The places a commune's poster lists under « Pour être aidé toute l’année »: every place serving
 * the commune, itinerant services stopping there included (`servesCommune`), that has a phone.
 */
export function posterPlaces(places: readonly PlaceEntry[], insee: string): PosterPlace[] {
  return places
    .filter((p) => servesCommune(p, insee) && p.phone !== undefined)
    .map((place) => ({ place, location: locationIn(place, insee) }));
}
