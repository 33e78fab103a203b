/**
 * The build context: the site's data and every index derived from it, computed once per build
 * and shared by every page, feed and open data file. Pages only pick from it: nothing here is
 * recomputed per page, and nothing is proportional to places × occurrences (occurrences are
 * indexed by place and by commune once).
 */
import {
  buildSeries,
  monthsPresent,
  occurrencesByMonth,
  toAgendaItem,
  upcomingOccurrences,
  type AgendaEntry,
  type AgendaItem,
  type AgendaLookups,
  type Series,
} from '../lib/agenda/index.ts';
import type { Occurrence, PlaceEntry } from '../lib/domain/index.ts';
import { contactDirectory, contactOf, type Contact } from '../lib/places/contact.ts';
import { buildExportContext, type ExportContext } from '../lib/export/export-context.ts';
import { toMednumRows } from '../lib/export/to-open-data.ts';
import type { MednumRow } from '../lib/export/to-mednum-row.ts';
import { neighboursByCommune, type NearCommune } from '../lib/geo/communes-near.ts';
import type { SessionContext } from '../lib/places/next-sessions.ts';
import { toPlaceSummary, type PlaceLookups, type PlaceSummary } from '../lib/places/place-summary.ts';
import { placeHours, type PlaceHours } from '../lib/places/place-view.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { routes } from '../lib/site/routes.ts';
import { formatDayLabel } from '../lib/format/format-date.ts';
import { formatUpdated } from '../lib/site/data-date.ts';
import { loadSiteData, type SiteData } from './site-data.ts';

export interface BuildContext extends SiteData {
  /** The build's day (`YYYY-MM-DD`, Paris) and its label (`mardi 1er décembre`): what « from » means in the HTML. */
  day: { date: string; label: string };
  /** `updatedAt` in words (`mardi 1er décembre 2026 à 9 h`) and as ISO, for the page-age notice. */
  updated: { label: string; iso: string };
  /** Every series of the site (past ones too), with its slug. */
  series: Series[];
  /** What linking an occurrence to its page and saying when it is need: `now` and the series slugs. */
  sessionContext: SessionContext;
  /** Occurrences not yet ended at `now`, sorted by start then id (cancelled ones kept). */
  upcoming: Occurrence[];
  /** The upcoming occurrences of each place, by place id, in the same order. */
  upcomingByPlace: ReadonlyMap<string, Occurrence[]>;
  /** Every occurrence (past ones too) of each commune, by INSEE code, in the site's order. */
  occurrencesByCommune: ReadonlyMap<string, Occurrence[]>;
  /** The upcoming occurrences in each commune and its neighbours, by INSEE code, in the same order. */
  upcomingAround: ReadonlyMap<string, Occurrence[]>;
  /** Each commune's neighbours within `NEARBY_KM`, nearest first, by INSEE code. */
  neighbours: ReadonlyMap<string, NearCommune[]>;
  /** INSEE → that commune and its neighbours (INSEE codes), for the agenda's commune filter. */
  around: Record<string, string[]>;
  /** The upcoming occurrences overlapping each month (`YYYY-MM`), in the same order. */
  upcomingByMonth: ReadonlyMap<string, Occurrence[]>;
  /** Names the agenda's lines need. */
  agendaLookups: AgendaLookups;
  /** The listing line of an entry: prepared once per occurrence (a line is in a dozen listings). */
  agendaItem: (entry: AgendaEntry) => AgendaItem;
  /** Names a place summary needs. */
  placeLookups: PlaceLookups;
  /** Each place as lists show it, by place id. */
  summaries: ReadonlyMap<string, PlaceSummary>;
  /** How to reach each place (itself, its organisation or the intercommunality), by place id. */
  contacts: ReadonlyMap<string, Contact>;
  /** The intercommunality's contact (the directory's `epci` place), who directs residents; `null` without one. */
  territoryContact: Contact | null;
  /** The on-demand transport services (places of kind `transport`) and how to book them, at most `TRANSPORT_NAMED`. */
  transport: TransportService[];
  /** Each place's hours and its stops', read once, by place id. */
  hours: ReadonlyMap<string, PlaceHours>;
  /** `YYYY-MM` of the month pages. */
  months: string[];
  /** What the feeds, open data, event and programme pages need (absolute links, venues). */
  exports: ExportContext;
  /** The directory in the national schema, dated by the build (`date_maj`). */
  /** The national rows; `updatedOn`: the build day (date_maj of a place without `updatedOn`); the places left out while their address is to confirm. */
  mednum: { rows: MednumRow[]; updatedOn: string; addressToConfirm: string[] };
}

/** How many on-demand transport services a page names (the directory lists them all): pages stay bounded. */
const TRANSPORT_NAMED = 3;

/** A transport service of the directory: its name and page, and how to book it. */
export interface TransportService {
  name: string;
  href: string;
  contact: Contact;
}

/** Groups sorted occurrences by a key, keeping their order. */
function groupBy(occurrences: readonly Occurrence[], keyOf: (o: Occurrence) => string | null) {
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const key = keyOf(o);
    if (key === null) continue;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [o]);
    else list.push(o);
  }
  return groups;
}

/** Listing lines prepared on first use and kept by occurrence id; `moreDates` is the listing's own. */
function agendaItems(lookups: AgendaLookups): (entry: AgendaEntry) => AgendaItem {
  const items = new Map<string, AgendaItem>();
  return ({ occurrence, moreDates }) => {
    let item = items.get(occurrence.id);
    if (item === undefined) items.set(occurrence.id, (item = toAgendaItem({ occurrence, moreDates: 0 }, lookups)));
    return moreDates === item.moreDates ? item : { ...item, moreDates };
  };
}

/** The upcoming occurrences in each commune and its neighbours (`around`), in one pass, in the same order. */
function upcomingAroundOf(
  upcoming: readonly Occurrence[],
  around: Record<string, string[]>,
): Map<string, Occurrence[]> {
  const lists = new Map(Object.keys(around).map((insee) => [insee, [] as Occurrence[]]));
  // The commune of an occurrence → the lists it belongs to (its own, and each neighbour's).
  const listsOf = new Map<string, Occurrence[][]>();
  for (const [insee, codes] of Object.entries(around)) {
    const list = lists.get(insee) ?? [];
    for (const code of codes) listsOf.set(code, [...(listsOf.get(code) ?? []), list]);
  }
  for (const o of upcoming) for (const list of listsOf.get(o.commune ?? '') ?? []) list.push(o);
  return lists;
}

/** The public address of the site (`site` in astro.config.mjs), needed by every absolute link. */
function siteUrl(): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('astro.config.mjs doit définir « site » (adresse publique du site) pour les flux');
  return site;
}

function mednumOf(data: SiteData, exports: ExportContext): BuildContext['mednum'] {
  const updatedOn = toZonedDate(data.now.getTime());
  const { rows, problems } = toMednumRows(data.places, exports, updatedOn);
  // Places the national schema refuses are left out of its file and named in the build log; those
  // whose address is still to confirm are not errors: /donnees/ counts them.
  for (const p of problems.filter((p) => !p.addressToConfirm)) console.warn(`[données nationales] ${p.message}`);
  return { rows, updatedOn, addressToConfirm: problems.filter((p) => p.addressToConfirm).map((p) => p.placeId) };
}

/** Each place's hours at `now`; hours that cannot be computed are named in the build log. */
function hoursOfPlaces(data: SiteData): Map<string, PlaceHours> {
  const hours = new Map(data.places.map((p) => [p.id, placeHours(p, data.now)]));
  for (const { hours: own, stops } of hours.values()) {
    for (const h of [own, ...stops]) if (h?.problem !== undefined) console.warn(`[horaires] ${h.problem}`);
  }
  return hours;
}

function contactsOf(places: readonly PlaceEntry[], communeNames: ReadonlyMap<string, string>) {
  const directory = contactDirectory(places, communeNames);
  return new Map(places.map((p) => [p.id, contactOf(p, directory)]));
}

function build(data: SiteData): BuildContext {
  const series = buildSeries(data.occurrences);
  const slugs = new Map(series.map((s) => [s.seriesId, s.slug]));
  const upcoming = upcomingOccurrences(data.occurrences, data.now);
  const neighbours = neighboursByCommune(data.communes);
  const around = Object.fromEntries(
    data.communes.map((c) => [c.insee, [c.insee, ...(neighbours.get(c.insee) ?? []).map((n) => n.commune.insee)]]),
  );
  const communeNames = new Map(data.communes.map((c) => [c.insee, c.name]));
  const agendaLookups: AgendaLookups = {
    slugs,
    placeNames: new Map(data.places.map((p) => [p.id, p.name])),
    communeNames,
    now: data.now,
  };
  const placeLookups = { taxonomy: data.taxonomy, communeNames };
  const contacts = contactsOf(data.places, communeNames);
  const exports = buildExportContext({ ...data, seriesSlugs: slugs }, siteUrl());
  const today = toZonedDate(data.now.getTime());
  return {
    ...data,
    day: { date: today, label: formatDayLabel(today) },
    updated: { label: formatUpdated(data.updatedAt.getTime()), iso: data.updatedAt.toISOString() },
    series,
    sessionContext: { now: data.now, slugs },
    upcoming,
    upcomingByPlace: groupBy(upcoming, (o) => o.placeId),
    occurrencesByCommune: groupBy(data.occurrences, (o) => o.commune),
    upcomingAround: upcomingAroundOf(upcoming, around),
    neighbours,
    around,
    upcomingByMonth: occurrencesByMonth(upcoming),
    agendaLookups,
    agendaItem: agendaItems(agendaLookups),
    placeLookups,
    summaries: new Map(data.places.map((p) => [p.id, toPlaceSummary(p, placeLookups)])),
    contacts,
    territoryContact: contacts.get(data.places.find((p) => p.kind === 'epci')?.id ?? '') ?? null,
    transport: data.places
      .flatMap((p) => {
        const contact = contacts.get(p.id);
        return p.kind === 'transport' && contact !== undefined
          ? [{ name: p.name, href: routes.place(p.id), contact }]
          : [];
      })
      .slice(0, TRANSPORT_NAMED),
    hours: hoursOfPlaces(data),
    months: monthsPresent(data.occurrences, data.now),
    exports,
    mednum: mednumOf(data, exports),
  };
}

let cached: Promise<BuildContext> | undefined;

/** The build context, computed on first use and shared by every page of the build. */
export function getBuildContext(): Promise<BuildContext> {
  cached ??= loadSiteData().then(build);
  return cached;
}
