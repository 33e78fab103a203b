/** Static paths of the agenda pages, computed from the agenda data. */
import { filterOccurrences, occurrencesInMonth, paginateDays, toEventView } from '../lib/agenda/index.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { formatMonth, formatMonthTitle } from '../lib/format/index.ts';
import { getAgendaData, listingDays } from './agenda-data.ts';

/** Lines per page of the main listing: keeps it under the 600-element budget. */
export const PAGE_SIZE = 50;

/** Pages of the main listing `/agenda/`, `/agenda/page-2/`… */
export async function agendaListingPages() {
  const data = await getAgendaData();
  return { data, pages: paginateDays(listingDays(data.upcoming, data), PAGE_SIZE) };
}

/** One page per month with upcoming occurrences: `/agenda/2026-12/`. */
export async function monthPaths() {
  const data = await getAgendaData();
  const today = toZonedDate(data.site.now.getTime());
  return data.months.map((month, i) => {
    const first = `${month}-01`;
    const previous = data.months[i - 1] ?? null;
    const next = data.months[i + 1] ?? null;
    return {
      params: { month },
      props: {
        title: formatMonthTitle(month),
        days: listingDays(occurrencesInMonth(data.upcoming, month), data, first > today ? first : undefined),
        months: {
          previous,
          next,
          previousLabel: previous === null ? '' : formatMonth(previous),
          nextLabel: next === null ? '' : formatMonth(next),
        },
      },
    };
  });
}

/** One page per commune: its occurrences and those of its neighbours. */
export async function communePaths() {
  const data = await getAgendaData();
  return data.site.communes.map((commune) => {
    const communes = data.nearby[commune.insee] ?? [commune.insee];
    const names = data.site.communes.filter((c) => communes.includes(c.insee)).map((c) => c.name);
    return {
      params: { commune: commune.slug },
      props: { commune, names, days: listingDays(filterOccurrences(data.upcoming, { communes }), data) },
    };
  });
}

/** One page per theme. */
export async function themePaths() {
  const data = await getAgendaData();
  return data.site.taxonomy.themes.map((theme) => ({
    params: { theme: theme.id },
    props: { label: theme.label, days: listingDays(filterOccurrences(data.upcoming, { theme: theme.id }), data) },
  }));
}

/** One page per public (except "tout public"). */
export async function publicPaths() {
  const data = await getAgendaData();
  return data.site.taxonomy.publics
    .filter((p) => p.id !== 'tout-public')
    .map((p) => ({
      params: { public: p.id },
      props: { label: p.label, days: listingDays(filterOccurrences(data.upcoming, { public: p.id }), data) },
    }));
}

/** One page per series: `/evenements/<slug>/`. */
export async function eventPaths(siteUrl: string) {
  const data = await getAgendaData();
  const { site } = data;
  const ctx = {
    now: site.now,
    siteUrl,
    places: new Map(site.places.map((p) => [p.id, p])),
    sources: new Map(site.sources.map((s) => [s.id, s])),
    communes: new Map(site.communes.map((c) => [c.insee, c])),
    taxonomy: site.taxonomy,
  };
  return data.series.map((series) => ({ params: { slug: series.slug }, props: { view: toEventView(series, ctx) } }));
}
