/** Static paths of the agenda pages, computed from the agenda data. */
import {
  filterOccurrences,
  occurrencesInMonth,
  paginateDays,
  toEventView,
  upcomingOccurrences,
} from '../lib/agenda/index.ts';
import { seriesToJsonLd } from '../lib/export/to-json-ld.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { formatMonth, formatMonthTitle } from '../lib/format/index.ts';
import { googleCalendarUrl, googleSubscribeUrl, outlookCalendarUrl, webcalUrl } from '../lib/export/calendar-links.ts';
import { pageParam, routes } from '../lib/site/routes.ts';
import { getAgendaData, listingDays } from './agenda-data.ts';
import { getExportData } from './export-context.ts';

/** Lines per page of the main listing: keeps it under the 600-element budget. */
export const PAGE_SIZE = 40;

/** Pages of the main listing `/agenda/`, `/agenda/page-2/`… */
export async function agendaListingPages() {
  const data = await getAgendaData();
  return { data, pages: paginateDays(listingDays(data.upcoming, data), PAGE_SIZE) };
}

/** A filtered listing cut into pages: `<base>`, `<base>page-2/`… (`page` is the rest parameter). */
function pagedListing<P extends object>(base: string, days: ReturnType<typeof listingDays>, props: P) {
  return paginateDays(days, PAGE_SIZE).map((page) => ({
    page: pageParam(page.page),
    props: { ...props, days: page.days, page: { page: page.page, pages: page.pages, base } },
  }));
}

/** One page per month with upcoming occurrences: `/agenda/2026-12/`. */
export async function monthPaths() {
  const data = await getAgendaData();
  const today = toZonedDate(data.site.now.getTime());
  return data.months.flatMap((month, i) => {
    const first = `${month}-01`;
    const previous = data.months[i - 1] ?? null;
    const next = data.months[i + 1] ?? null;
    const days = listingDays(occurrencesInMonth(data.upcoming, month), data, first > today ? first : undefined);
    const props = {
      title: formatMonthTitle(month),
      months: {
        previous,
        next,
        previousLabel: previous === null ? '' : formatMonth(previous),
        nextLabel: next === null ? '' : formatMonth(next),
      },
    };
    return pagedListing(routes.agendaMonth(month), days, props).map(({ page, props }) => ({
      params: { month, page },
      props,
    }));
  });
}

/** One page per commune: its occurrences and those of its neighbours. */
export async function communePaths() {
  const data = await getAgendaData();
  return data.site.communes.flatMap((commune) => {
    const communes = data.nearby[commune.insee] ?? [commune.insee];
    const names = data.site.communes.filter((c) => communes.includes(c.insee)).map((c) => c.name);
    const days = listingDays(filterOccurrences(data.upcoming, { communes }), data);
    return pagedListing(routes.agendaCommune(commune.slug), days, { commune, names }).map(({ page, props }) => ({
      params: { commune: commune.slug, page },
      props,
    }));
  });
}

/** One page per theme. */
export async function themePaths() {
  const data = await getAgendaData();
  return data.site.taxonomy.themes.flatMap((theme) => {
    const days = listingDays(filterOccurrences(data.upcoming, { theme: theme.id }), data);
    return pagedListing(routes.agendaTheme(theme.id), days, { label: theme.label }).map(({ page, props }) => ({
      params: { theme: theme.id, page },
      props,
    }));
  });
}

/** One page per public (except "tout public"). */
export async function publicPaths() {
  const data = await getAgendaData();
  return data.site.taxonomy.publics
    .filter((p) => p.id !== 'tout-public')
    .flatMap((p) => {
      const days = listingDays(filterOccurrences(data.upcoming, { public: p.id }), data);
      return pagedListing(routes.agendaPublic(p.id), days, { label: p.label }).map(({ page, props }) => ({
        params: { public: p.id, page },
        props,
      }));
    });
}

/** The free occurrences. */
export async function freePaths() {
  const data = await getAgendaData();
  const days = listingDays(filterOccurrences(data.upcoming, { free: true }), data);
  return pagedListing(routes.agendaFree(), days, {}).map(({ page, props }) => ({ params: { page }, props }));
}

/** The "Ajouter à mon agenda" links of an event page (helpers of src/lib/export, shared with the feeds). */
export interface CalendarLinks {
  ics: string;
  apple: string;
  googleSubscribe: string;
  google: string | null;
  outlook: string | null;
}

/** One page per series: `/evenements/<slug>/`. */
export async function eventPaths(site: URL | undefined) {
  const data = await getAgendaData();
  const { ctx } = await getExportData(site);
  const eventCtx = { ...ctx, now: data.site.now };
  return data.series.map((series) => {
    const view = toEventView(series, eventCtx);
    const ics = routes.eventIcs(series.slug);
    const calendar: CalendarLinks = {
      ics,
      apple: webcalUrl(ctx, ics),
      googleSubscribe: googleSubscribeUrl(ctx, ics),
      google: view.next === null ? null : googleCalendarUrl(view.next, ctx),
      outlook: view.next === null ? null : outlookCalendarUrl(view.next, ctx),
    };
    const jsonLd = seriesToJsonLd(upcomingOccurrences(series.occurrences, data.site.now), ctx);
    return { params: { slug: series.slug }, props: { view, calendar, jsonLd } };
  });
}
