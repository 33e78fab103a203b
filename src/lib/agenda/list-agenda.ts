/**
 * One page of a filtered agenda listing, from the upcoming records: filter every date, keep each
 * series once at its first matching date, group by day, cut into pages (a long day split). The
 * build's listings and the browser's filter give the same lines for the same records.
 */
import { recordToItem, type AgendaItem, type AgendaRecord } from './agenda-item.ts';
import { collapseSeries } from './collapse-series.ts';
import { filterOccurrences, type AgendaFilter } from './filter-occurrences.ts';
import { groupByDay, type AgendaDay } from './group-by-day.ts';
import { paginateDays } from './paginate.ts';
import { compareByStart, isUpcoming } from './upcoming.ts';

export interface ListAgendaOptions {
  /** The moment of viewing: what has ended is left out, « aujourd’hui » is its day. */
  now: Date;
  /** Lines per page. */
  pageSize: number;
  /** 1-based page wanted (the last one when beyond). */
  page: number;
  /**
   * Dates that hold after the records given, by series (its page), when the records are not the
   * whole listing (the browser loads months in order): added to « et N autres dates » when the
   * filter has no last day. They are counted whatever the other filters say (an estimate, exact
   * when a series keeps its commune, themes and publics, as series do).
   */
  laterDates?: ReadonlyMap<string, number>;
}

/** One page of a filtered listing. */
export interface AgendaListing {
  days: AgendaDay<AgendaItem>[];
  page: number;
  pages: number;
  /** Lines of the whole filtered listing (series once, cancelled dates kept). */
  lines: number;
  /** Among them, lines meant for specific publics (the others are for everybody). */
  forSpecificPublics: number;
}

/** The page `options.page` of the records passing `filter`. */
export function listAgenda(
  records: readonly AgendaRecord[],
  filter: AgendaFilter,
  options: ListAgendaOptions,
): AgendaListing {
  const upcoming = records.filter((r) => isUpcoming(r, options.now)).sort(compareByStart);
  const entries = collapseSeries(filterOccurrences(upcoming, filter));
  const later = options.laterDates;
  const bounded = filter.to !== undefined;
  const items = entries.map((entry) => {
    const extra =
      later === undefined || bounded || entry.occurrence.status === 'cancelled'
        ? 0
        : (later.get(entry.occurrence.seriesId) ?? 0);
    return recordToItem({ ...entry, moreDates: entry.moreDates + extra }, options.now);
  });
  const days = groupByDay(
    items.map((item) => ({ ...item, start: item.data.start, end: item.data.end, allDay: item.data.allDay })),
    { now: options.now },
  );
  const pages = paginateDays(days, options.pageSize);
  const page = pages[Math.min(options.page, pages.length) - 1] ?? { page: 1, pages: 1, days: [] };
  return {
    days: page.days,
    page: page.page,
    pages: page.pages,
    lines: entries.length,
    forSpecificPublics: entries.filter((e) => e.occurrence.publics.length > 0).length,
  };
}
