/**
 * What a listing line shows of an occurrence: first a plain record (`AgendaRecord`: names looked
 * up, JSON-ready — what the browser's filter downloads), then the line itself (`AgendaItem`),
 * built the same way at build time and in the browser.
 */
import { EVERYBODY } from '../domain/vocabulary.ts';
import type { Occurrence } from '../domain/occurrence.ts';
import { dayOf } from '../format/format-date.ts';
import { formatTimeInDay, lastDayOf } from '../format/format-when.ts';
import { routes } from '../site/routes.ts';
import { agendaText } from '../site/strings/agenda.ts';
import type { AgendaEntry } from './collapse-series.ts';
import type { Filterable } from './filter-occurrences.ts';
import { seriesSlugOf, type SlugIndex } from './series.ts';

/** Names the listing needs, looked up once per build. */
export interface AgendaLookups {
  /** `seriesId` → series slug (see `seriesSlugIndex`). */
  slugs: SlugIndex;
  /** Place id → name. */
  placeNames: ReadonlyMap<string, string>;
  /** INSEE code → commune name. */
  communeNames: ReadonlyMap<string, string>;
  /** The build's "now" (years are shown for dates in another year). */
  now: Date;
}

/** An occurrence as a listing needs it, names already looked up. */
export interface AgendaRecord extends Filterable {
  id: string;
  seriesId: string;
  status: Occurrence['status'];
  /** `/evenements/<slug>/`. */
  href: string;
  title: string;
  where: string | null;
  price: string | null;
  demo: boolean;
}

/** One line of a listing. */
export interface AgendaItem {
  id: string;
  /** `/evenements/<slug>/`. */
  href: string;
  title: string;
  /** `14 h – 16 h`, `toute la journée`, `jusqu’au …`. */
  time: string;
  /** Where, in words: the place name, else the published location, then the commune. */
  where: string | null;
  cancelled: boolean;
  tentative: boolean;
  demo: boolean;
  /** Price as published, or `Gratuit` when known to be free. */
  price: string | null;
  /** Later dates of the series behind this line. */
  moreDates: number;
  /** For the filter script: the occurrence's own fields. */
  data: {
    start: string;
    end: string;
    allDay: boolean;
    first: string;
    last: string;
    commune: string | null;
    themes: string[];
    publics: string[];
    free: boolean | null;
  };
}

function whereOf(o: Occurrence, lookups: AgendaLookups): string | null {
  const place = o.placeId === null ? undefined : lookups.placeNames.get(o.placeId);
  const commune = o.commune === null ? undefined : lookups.communeNames.get(o.commune);
  const name = place ?? o.location;
  if (name === null) return commune ?? null;
  return commune === undefined || name.includes(commune) ? name : `${name}, ${commune}`;
}

/** The price line: as published, else `Gratuit` when the feed said it is free. */
export function priceOf(o: Pick<Occurrence, 'price' | 'free'>): string | null {
  return o.price ?? (o.free === true ? agendaText.free : null);
}

/** The publics a line is meant for, « tout public » left out (none: for everybody). */
export function specificPublicsOf(publics: readonly string[]): string[] {
  return publics.filter((p) => p !== EVERYBODY);
}

/** An occurrence as a listing needs it. */
export function toAgendaRecord(o: Occurrence, lookups: AgendaLookups): AgendaRecord {
  return {
    id: o.id,
    seriesId: o.seriesId,
    status: o.status,
    href: routes.event(seriesSlugOf(lookups.slugs, o)),
    title: o.title,
    where: whereOf(o, lookups),
    price: priceOf(o),
    demo: o.demo,
    start: o.start,
    end: o.end,
    allDay: o.allDay,
    commune: o.commune,
    themes: [...o.themes],
    publics: specificPublicsOf(o.publics),
    free: o.free,
  };
}

/** A listing line from a record and its later dates, its time written as seen from `now`. */
export function recordToItem(entry: AgendaEntry<AgendaRecord>, now: Date): AgendaItem {
  const r = entry.occurrence;
  return {
    id: r.id,
    href: r.href,
    title: r.title,
    time: formatTimeInDay(r, { now }),
    where: r.where,
    cancelled: r.status === 'cancelled',
    tentative: r.status === 'tentative',
    demo: r.demo,
    price: r.price,
    moreDates: entry.moreDates,
    data: {
      start: r.start,
      end: r.end,
      allDay: r.allDay,
      first: dayOf(r.start),
      last: lastDayOf(r),
      commune: r.commune,
      themes: [...r.themes],
      publics: [...r.publics],
      free: r.free,
    },
  };
}

/** Prepares a listing line. */
export function toAgendaItem(entry: AgendaEntry, lookups: AgendaLookups): AgendaItem {
  return recordToItem(
    { occurrence: toAgendaRecord(entry.occurrence, lookups), moreDates: entry.moreDates },
    lookups.now,
  );
}
