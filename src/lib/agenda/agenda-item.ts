/** What a listing line shows of an occurrence: plain, prepared data for components and the filter script. */
import type { Occurrence } from '../domain/occurrence.ts';
import { dayOf } from '../format/format-date.ts';
import { formatTimeInDay, lastDayOf } from '../format/format-when.ts';
import { routes } from '../site/routes.ts';
import { agendaText } from '../site/strings/agenda.ts';
import type { AgendaEntry } from './collapse-series.ts';
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

/** Prepares a listing line. */
export function toAgendaItem(entry: AgendaEntry, lookups: AgendaLookups): AgendaItem {
  const o = entry.occurrence;
  return {
    id: o.id,
    href: routes.event(seriesSlugOf(lookups.slugs, o)),
    title: o.title,
    time: formatTimeInDay(o, { now: lookups.now }),
    where: whereOf(o, lookups),
    cancelled: o.status === 'cancelled',
    tentative: o.status === 'tentative',
    demo: o.demo,
    price: priceOf(o),
    moreDates: entry.moreDates,
    data: {
      start: o.start,
      end: o.end,
      allDay: o.allDay,
      first: dayOf(o.start),
      last: lastDayOf(o),
      commune: o.commune,
      themes: o.themes,
      publics: o.publics,
      free: o.free,
    },
  };
}
