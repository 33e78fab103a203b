import { CONFIRMABLE_FIELDS, type Commune, type Occurrence, type PlaceEntry, type Taxonomy } from '../domain/index.ts';
import { formatPhone, phoneHref } from '../format/format-phone.ts';
import { openIntervals, type OpenInterval } from './open-intervals.ts';
import type { SlugIndex } from '../agenda/series.ts';
import { routes } from '../site/routes.ts';
import { nextSessions, type Session } from './next-sessions.ts';
import { weeklyHours, type HoursRow } from './weekly-hours.ts';
import { whatToBring, type ToBring } from './what-to-bring.ts';

/** What the site knows of the territory, to describe a place. */
export interface PlaceContext {
  taxonomy: Taxonomy;
  communes: readonly Commune[];
  occurrences: readonly Occurrence[];
  now: Date;
  /** `seriesId` → slug of its event page. */
  slugs: SlugIndex;
}

/** The hours of a place or of one stop: in words, and as intervals for the browser's "open now". */
export interface Hours {
  rows: HoursRow[];
  /** Openings of the five weeks from the day before the build, epoch ms: enough for a build days old and a bus stopping twice a month. */
  intervals: OpenInterval[];
}

/** A place as pages show it: labels resolved, hours read, phone formatted, coming sessions. */
export interface PlaceView {
  place: PlaceEntry;
  href: string;
  kindLabel: string;
  communeName: string;
  hours: Hours | null;
  phone: { text: string; href: string } | null;
  themeLabels: string[];
  publicLabels: string[];
  feeLabels: string[];
  accompanimentLabels: string[];
  stops: (PlaceEntry['stops'][number] & { communeName: string; hours: Hours })[];
  sessions: Session[];
  toBring: ToBring;
  /** Fields awaiting the partner's confirmation. */
  toConfirm: Set<string>;
}

const HOURS_WINDOW_MS = 36 * 86_400_000;

/** The hours of an `opening_hours` value from `now`; names the place when the value is unreadable. */
export function hoursOf(value: string, now: Date, where: string): Hours {
  try {
    const from = now.getTime() - 86_400_000;
    return { rows: weeklyHours(value, now), intervals: openIntervals(value, from, from + HOURS_WINDOW_MS) };
  } catch (cause) {
    throw new Error(`${where} : ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

const labelsOf = (list: readonly { id: string; label: string }[], ids: readonly string[]) =>
  ids.map((id) => list.find((e) => e.id === id)?.label ?? id);

/** Everything a page needs to show a place; `themes` narrows "what to bring" to a need. */
export function toPlaceView(place: PlaceEntry, context: PlaceContext, themes?: readonly string[]): PlaceView {
  const { taxonomy, communes, occurrences, now, slugs } = context;
  const communeName = (insee: string) => communes.find((c) => c.insee === insee)?.name ?? insee;
  const where = `places/${place.id}.md`;
  return {
    place,
    href: routes.place(place.id),
    kindLabel: labelsOf(taxonomy.placeKinds, [place.kind])[0] ?? place.kind,
    communeName: communeName(place.address.commune),
    hours: place.openingHours === undefined ? null : hoursOf(place.openingHours, now, where),
    phone: place.phone === undefined ? null : { text: formatPhone(place.phone), href: phoneHref(place.phone) },
    themeLabels: labelsOf(taxonomy.themes, place.themes),
    publicLabels: labelsOf(taxonomy.publics, place.publics),
    feeLabels: labelsOf(taxonomy.fees, place.fees),
    accompanimentLabels: labelsOf(taxonomy.accompaniments, place.accompaniments),
    stops: place.stops.map((stop) => ({
      ...stop,
      communeName: communeName(stop.commune),
      hours: hoursOf(stop.openingHours, now, `${where}, arrêt ${stop.location}`),
    })),
    sessions: nextSessions(occurrences, [place.id], { now, slugs }),
    toBring: whatToBring(place, themes),
    toConfirm: new Set(
      place.toConfirm === true ? CONFIRMABLE_FIELDS : place.toConfirm === false ? [] : place.toConfirm,
    ),
  };
}
