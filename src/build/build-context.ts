/**
 * The build context: the site's data and every index derived from it, computed once per build
 * and shared by every page, feed and open data file. Pages only pick from it: nothing here is
 * recomputed per page, and nothing is proportional to places × occurrences (occurrences are
 * indexed by place and by commune once).
 */
import {
  buildSeries,
  monthsPresent,
  upcomingOccurrences,
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
  /** The upcoming occurrences in each commune and its neighbours, by INSEE code, in the same order. */
  upcomingAround: ReadonlyMap<string, Occurrence[]>;
  /** Each commune's neighbours within `NEARBY_KM`, nearest first, by INSEE code. */
  neighbours: ReadonlyMap<string, NearCommune[]>;
  /** INSEE → that commune and its neighbours (INSEE codes), for the agenda's commune filter. */
  around: Record<string, string[]>;
  /** Names the agenda's lines need. */
  agendaLookups: AgendaLookups;
  /** Names a place summary needs. */
  placeLookups: PlaceLookups;
  /** Each place as lists show it, by place id. */
  summaries: ReadonlyMap<string, PlaceSummary>;
  /** How to reach each place (itself, its organisation or the intercommunality), by place id. */
  contacts: ReadonlyMap<string, Contact>;
  /** The intercommunality's contact (the directory's `epci` place), who directs residents; `null` without one. */
  territoryContact: Contact | null;
  /** The on-demand transport services (places of kind `transport`) and how to book them. */
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
    upcomingAround: new Map(
      Object.entries(around).map(([insee, codes]) => [
        insee,
        upcoming.filter((o) => o.commune !== null && codes.includes(o.commune)),
      ]),
    ),
    neighbours,
    around,
    agendaLookups: {
      slugs,
      placeNames: new Map(data.places.map((p) => [p.id, p.name])),
      communeNames,
      now: data.now,
    },
    placeLookups,
    summaries: new Map(data.places.map((p) => [p.id, toPlaceSummary(p, placeLookups)])),
    contacts,
    territoryContact: contacts.get(data.places.find((p) => p.kind === 'epci')?.id ?? '') ?? null,
    transport: data.places.flatMap((p) => {
      const contact = contacts.get(p.id);
      return p.kind === 'transport' && contact !== undefined
        ? [{ name: p.name, href: routes.place(p.id), contact }]
        : [];
    }),
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
