/** Everything the event page `/evenements/<slug>/` shows of a series, prepared as plain data. */
import type { Commune, Occurrence, PlaceEntry, Source, Taxonomy } from '../domain/index.ts';
import { labelsOf } from '../domain/vocabulary.ts';
import { formatWhen } from '../format/index.ts';
import { phoneLink, type PhoneLink } from '../places/place-summary.ts';
import { priceOf } from './agenda-item.ts';
import type { Series } from './series.ts';
import { isUpcoming } from './upcoming.ts';

/** Dates listed on an event page (a weekly series has fifty a year): keeps the page under 380 elements. */
export const MAX_EVENT_DATES = 12;

/** What the event page needs from the rest of the site. */
export interface EventContext {
  now: Date;
  places: ReadonlyMap<string, PlaceEntry>;
  sources: ReadonlyMap<string, Source>;
  communes: ReadonlyMap<string, Commune>;
  taxonomy: Taxonomy;
}

/** One date of the series. */
export interface EventDate {
  id: string;
  text: string;
  end: string;
  cancelled: boolean;
  tentative: boolean;
  /** Why a cancelled date is cancelled, as its partner wrote it (its own description), or `null`. */
  note: string | null;
}

export interface EventView {
  slug: string;
  title: string;
  /** Description paragraphs (plain text). */
  paragraphs: string[];
  demo: boolean;
  /** The next upcoming dates (cancelled ones included), at most `MAX_EVENT_DATES`. */
  dates: EventDate[];
  /** Upcoming dates beyond those listed, and the last of them (`mardi 29 juin 2027, 14 h – 16 h`). */
  moreDates: { count: number; last: string } | null;
  /** The last date, when none is upcoming. */
  lastDate: string | null;
  place: PlaceEntry | null;
  /** Phone of the place, for display and as a `tel:` link. */
  phone: PhoneLink | null;
  /** The location as published, when it says more than the place name. */
  location: string | null;
  communeName: string | null;
  publics: string[];
  themes: string[];
  price: string | null;
  registration: { text: string; href: string | null } | null;
  organiser: { name: string; placeId: string } | null;
  alsoFrom: string[];
  url: string | null;
  /** The next date that holds (for "add to my calendar"), or `null`. */
  next: Occurrence | null;
  /** That date in words (`mercredi 2 décembre, 14 h – 16 h`), for the links that add it. */
  nextWhen: string | null;
}

/** The occurrence the page describes: the next one that holds, else the next, else the last. */
function representativeOf(series: Series, upcoming: Occurrence[]): Occurrence {
  const reference = upcoming.find((o) => o.status !== 'cancelled') ?? upcoming[0] ?? series.occurrences.at(-1);
  if (reference === undefined) throw new Error(`série ${series.seriesId} sans occurrence`);
  return reference;
}

function moreDatesOf(upcoming: Occurrence[], now: Date): EventView['moreDates'] {
  const last = upcoming.at(-1);
  if (upcoming.length <= MAX_EVENT_DATES || last === undefined) return null;
  return { count: upcoming.length - MAX_EVENT_DATES, last: formatWhen(last, { now }) };
}

function registrationOf(text: string | null): EventView['registration'] {
  if (text === null) return null;
  const url = /^https?:\/\/\S+$/i.exec(text.trim());
  return { text, href: url === null ? null : url[0] };
}

/** What the partner wrote on a cancelled date (« Reprise le 29 décembre »), when it is not the event's own text. */
function cancellationNote(cancelled: Occurrence, reference: Occurrence): string | null {
  const text = cancelled.description?.trim() ?? '';
  return text === '' || text === reference.description?.trim() ? null : text;
}

/** Prepares the event page of a series. */
export function toEventView(series: Series, ctx: EventContext): EventView {
  const upcoming = series.occurrences.filter((o) => isUpcoming(o, ctx.now));
  const o = representativeOf(series, upcoming);
  const place = o.placeId === null ? null : (ctx.places.get(o.placeId) ?? null);
  const communeName = ctx.communes.get(place?.address.commune ?? o.commune ?? '')?.name ?? null;
  const source = ctx.sources.get(o.sourceId);
  const next = upcoming.find((u) => u.status !== 'cancelled') ?? null;
  return {
    slug: series.slug,
    title: series.title,
    paragraphs: (o.description ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
    demo: o.demo,
    dates: upcoming.slice(0, MAX_EVENT_DATES).map((u) => ({
      id: u.id,
      text: formatWhen(u, { now: ctx.now }),
      end: u.end,
      cancelled: u.status === 'cancelled',
      tentative: u.status === 'tentative',
      note: u.status === 'cancelled' ? cancellationNote(u, o) : null,
    })),
    moreDates: moreDatesOf(upcoming, ctx.now),
    lastDate: upcoming.length > 0 ? null : formatWhen(o, { now: ctx.now }),
    place,
    phone: phoneLink(place?.phone),
    location: o.location !== null && o.location !== place?.name ? o.location : null,
    communeName,
    publics: labelsOf(ctx.taxonomy.publics, o.publics),
    themes: labelsOf(ctx.taxonomy.themes, o.themes),
    price: priceOf(o),
    registration: registrationOf(o.registration),
    organiser: source === undefined ? null : { name: source.name, placeId: source.organisation },
    alsoFrom: o.alsoFrom.map((id) => ctx.sources.get(id)?.name ?? id),
    url: o.url,
    next,
    nextWhen: next === null ? null : formatWhen(next, { now: ctx.now }),
  };
}
