/**
 * The agenda pages' data, prepared once per build from the site data: upcoming occurrences,
 * series and their slugs, names for display, nearby communes for the commune filter.
 */
import {
  buildSeries,
  collapseSeries,
  groupByDay,
  monthsPresent,
  toAgendaItem,
  upcomingOccurrences,
  type AgendaDay,
  type AgendaItem,
  type AgendaLookups,
  type Series,
} from '../lib/agenda/index.ts';
import type { Commune, Occurrence } from '../lib/domain/index.ts';
import { communesNear } from '../lib/geo/communes-near.ts';
import { getSiteData, type SiteData } from './site-data.ts';

/** Communes within this distance (km, between centroids) count as "nearby" in the commune filter. */
export const NEARBY_KM = 10;

export interface AgendaData {
  site: SiteData;
  /** Occurrences not yet ended at the build's "now", by start. */
  upcoming: Occurrence[];
  /** Every series of the site (past ones too), with its slug. */
  series: Series[];
  lookups: AgendaLookups;
  /** `YYYY-MM` of the month pages. */
  months: string[];
  /** INSEE → the INSEE codes of that commune and its nearby communes. */
  nearby: Record<string, string[]>;
}

function nearbyCommunes(communes: readonly Commune[]): Record<string, string[]> {
  return Object.fromEntries(
    communes.map((c) => [c.insee, [c.insee, ...communesNear(communes, c, NEARBY_KM).map((n) => n.commune.insee)]]),
  );
}

async function load(): Promise<AgendaData> {
  const site = await getSiteData();
  const series = buildSeries(site.occurrences);
  return {
    site,
    upcoming: upcomingOccurrences(site.occurrences, site.now),
    series,
    lookups: {
      slugs: new Map(series.map((s) => [s.seriesId, s.slug])),
      placeNames: new Map(site.places.map((p) => [p.id, p.name])),
      communeNames: new Map(site.communes.map((c) => [c.insee, c.name])),
      now: site.now,
    },
    months: monthsPresent(site.occurrences, site.now),
    nearby: nearbyCommunes(site.communes),
  };
}

let cached: Promise<AgendaData> | undefined;

/** The agenda's data, computed once per build. */
export function getAgendaData(): Promise<AgendaData> {
  cached ??= load();
  return cached;
}

/** Listing days of some upcoming occurrences: series collapsed to their next date, grouped by day. */
export function listingDays(
  occurrences: readonly Occurrence[],
  data: AgendaData,
  from?: string,
): AgendaDay<AgendaItem>[] {
  const items = collapseSeries(occurrences).map((entry) => toAgendaItem(entry, data.lookups));
  return groupByDay(
    items.map((item) => ({ ...item, start: item.data.start, end: item.data.end, allDay: item.data.allDay })),
    { now: data.site.now, ...(from === undefined ? {} : { from }) },
  );
}
