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
import type { Occurrence } from '../lib/domain/index.ts';
import { buildExportContext, type ExportContext } from '../lib/export/export-context.ts';
import { toMednumRows } from '../lib/export/to-open-data.ts';
import type { MednumRow } from '../lib/export/to-mednum-row.ts';
import { neighboursByCommune, type NearCommune } from '../lib/geo/communes-near.ts';
import type { SessionContext } from '../lib/places/next-sessions.ts';
import { toPlaceSummary, type PlaceLookups, type PlaceSummary } from '../lib/places/place-summary.ts';
import { placeHours, type PlaceHours } from '../lib/places/place-view.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { loadSiteData, type SiteData } from './site-data.ts';

export interface BuildContext extends SiteData {
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
  const exports = buildExportContext({ ...data, seriesSlugs: slugs }, siteUrl());
  return {
    ...data,
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
    hours: new Map(data.places.map((p) => [p.id, placeHours(p, data.now)])),
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
