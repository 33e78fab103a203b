/** Static paths of the agenda pages, computed from the agenda data. */
import { filterOccurrences, occurrencesInMonth, paginateDays, toEventView } from '../lib/agenda/index.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { formatMonth, formatMonthTitle } from '../lib/format/index.ts';
import {
  eventIcsPath,
  googleCalendarUrl,
  googleSubscribeUrl,
  outlookCalendarUrl,
  webcalUrl,
} from '../lib/export/calendar-links.ts';
import { getAgendaData, listingDays } from './agenda-data.ts';
import { getExportData } from './export-context.ts';

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
    const ics = eventIcsPath(series.slug);
    const calendar: CalendarLinks = {
      ics,
      apple: webcalUrl(ctx, ics),
      googleSubscribe: googleSubscribeUrl(ctx, ics),
      google: view.next === null ? null : googleCalendarUrl(view.next, ctx),
      outlook: view.next === null ? null : outlookCalendarUrl(view.next, ctx),
    };
    return { params: { slug: series.slug }, props: { view, calendar } };
  });
}
