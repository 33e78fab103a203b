/** Static paths of the agenda's listings and of the event pages, picked from the build context. */
import {
  collapseSeries,
  filterOccurrences,
  groupByDay,
  paginateDays,
  toEventView,
  upcomingOccurrences,
  type AgendaDay,
  type AgendaFilter,
  type AgendaItem,
} from '../lib/agenda/index.ts';
import { specificPublics, type Occurrence } from '../lib/domain/index.ts';
import { googleCalendarUrl, googleSubscribeUrl, outlookCalendarUrl, webcalUrl } from '../lib/export/calendar-links.ts';
import { seriesToJsonLd } from '../lib/export/to-json-ld.ts';
import { formatMonth, formatMonthTitle } from '../lib/format/index.ts';
import { pageParam, routes } from '../lib/site/routes.ts';
import { agendaText } from '../lib/site/strings/agenda.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { getBuildContext, type BuildContext } from './build-context.ts';
import { eventTitles } from './page-titles.ts';
import { familiesOfSeries } from './series-families.ts';

/** Lines per page of every listing: keeps it under the 600-element budget. */
export const PAGE_SIZE = 40;

/** Where a listing page stands: its number, how many, and the address of its first page. */
export interface ListingPage {
  page: number;
  pages: number;
  /** The listing's first page (`/agenda/themes/demarches/`); the others follow `pagedPath`. */
  base: string;
}

/** Listing days of some upcoming occurrences: series collapsed to their next date, grouped by day. */
function listingDays(occurrences: readonly Occurrence[], build: BuildContext, from?: string): AgendaDay<AgendaItem>[] {
  const items = collapseSeries(occurrences).map(build.agendaItem);
  return groupByDay(
    items.map((item) => ({ ...item, start: item.data.start, end: item.data.end, allDay: item.data.allDay })),
    { now: build.now, ...(from === undefined ? {} : { from }) },
  );
}

/**
 * A listing cut into pages: `<base>`, `<base>page-2/`… One scheme for every listing: the `page`
 * parameter of a `[...page]` route, the page's days and where it stands.
 */
function pagedListing<P extends object>(base: string, days: AgendaDay<AgendaItem>[], props: P) {
  return paginateDays(days, PAGE_SIZE).map((page) => ({
    page: pageParam(page.page),
    props: { ...props, days: page.days, page: { page: page.page, pages: page.pages, base } satisfies ListingPage },
  }));
}

/** The main listing: `/agenda/`, `/agenda/page-2/`… */
export async function listingPaths() {
  const build = await getBuildContext();
  return pagedListing(routes.agenda(), listingDays(build.upcoming, build), {}).map(({ page, props }) => ({
    params: { page },
    props,
  }));
}

/** One listing per month with upcoming occurrences: `/agenda/2026-12/`. */
export async function monthPaths() {
  const build = await getBuildContext();
  const today = toZonedDate(build.now.getTime());
  return build.months.flatMap((month, i) => {
    const first = `${month}-01`;
    const previous = build.months[i - 1] ?? null;
    const next = build.months[i + 1] ?? null;
    const days = listingDays(build.upcomingByMonth.get(month) ?? [], build, first > today ? first : undefined);
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

/** One listing per commune: its occurrences and those of its neighbours. */
export async function communePaths() {
  const build = await getBuildContext();
  return build.communes.flatMap((commune) => {
    const communes = build.around[commune.insee] ?? [commune.insee];
    // `Rendez-vous à Janzé, à Brie et à Essé.`: the commune and its neighbours, said once per commune.
    const intro = agendaText.communeIntro(build.communes.filter((c) => communes.includes(c.insee)).map((c) => c.name));
    const days = listingDays(build.upcomingAround.get(commune.insee) ?? [], build);
    return pagedListing(routes.agendaCommune(commune.slug), days, { commune, intro }).map(({ page, props }) => ({
      params: { commune: commune.slug, page },
      props,
    }));
  });
}

/**
 * One listing per entry of a controlled list (themes, publics), titled with its label: the
 * upcoming occurrences passing `filterOf(entry)`, under `routeOf(entry)`.
 */
function listingsPerEntry<K extends string>(
  build: BuildContext,
  entries: readonly { id: string; label: string }[],
  key: K,
  routeOf: (id: string) => string,
  filterOf: (id: string) => AgendaFilter,
) {
  return entries.flatMap((entry) => {
    const days = listingDays(filterOccurrences(build.upcoming, filterOf(entry.id)), build);
    return pagedListing(routeOf(entry.id), days, { label: entry.label }).map(({ page, props }) => ({
      params: { [key]: entry.id, page } as Record<K, string> & { page: string | undefined },
      props,
    }));
  });
}

/** One listing per theme. */
export async function themePaths() {
  const build = await getBuildContext();
  return listingsPerEntry(
    build,
    build.taxonomy.themes,
    'theme',
    (id) => routes.agendaTheme(id),
    (id) => ({
      theme: id,
    }),
  );
}

/** One listing per public (except « tout public »). */
export async function publicPaths() {
  const build = await getBuildContext();
  return listingsPerEntry(
    build,
    specificPublics(build.taxonomy.publics),
    'public',
    (id) => routes.agendaPublic(id),
    (id) => ({ public: id }),
  );
}

/** The free occurrences. */
export async function freePaths() {
  const build = await getBuildContext();
  const days = listingDays(filterOccurrences(build.upcoming, { free: true }), build);
  return pagedListing(routes.agendaFree(), days, {}).map(({ page, props }) => ({ params: { page }, props }));
}

/** Most other places of a series' family listed on its page. */
const MAX_FAMILY_LINKS = 12;

/**
 * A series' family on its page: the same rendez-vous elsewhere (links titled by their pages'
 * titles), and whether this page stands for the family in the search index.
 */
export interface FamilyLinks {
  indexed: boolean;
  others: { href: string; label: string }[];
  /** Others not listed. */
  more: number;
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
export async function eventPaths() {
  const build = await getBuildContext();
  const ctx = build.exports;
  const eventCtx = { ...ctx, now: build.now };
  const titles = await eventTitles();
  const families = await familiesOfSeries();
  const slugs = build.agendaLookups.slugs;
  const familyOf = (seriesId: string): FamilyLinks => {
    const family = families.get(seriesId);
    const members = family?.members ?? [seriesId];
    const others = members.slice(0, family?.upcoming ?? 0).filter((id) => id !== seriesId);
    return {
      indexed: members[0] === seriesId,
      others: others.slice(0, MAX_FAMILY_LINKS).map((id) => ({
        href: routes.event(slugs.get(id) ?? ''),
        label: titles.get(id) ?? '',
      })),
      more: Math.max(0, others.length - MAX_FAMILY_LINKS),
    };
  };
  return build.series.map((series) => {
    const view = toEventView(series, eventCtx);
    const ics = routes.eventIcs(series.slug);
    const calendar: CalendarLinks = {
      ics,
      apple: webcalUrl(ctx, ics),
      googleSubscribe: googleSubscribeUrl(ctx, ics),
      google: view.next === null ? null : googleCalendarUrl(view.next, ctx),
      outlook: view.next === null ? null : outlookCalendarUrl(view.next, ctx),
    };
    const jsonLd = seriesToJsonLd(upcomingOccurrences(series.occurrences, build.now), ctx);
    const pageTitle = titles.get(series.seriesId) ?? view.title;
    // How to reach the organiser: the page's « renseignez-vous » always says whom.
    const contact = view.organiser === null ? null : (build.contacts.get(view.organiser.placeId) ?? null);
    return {
      params: { slug: series.slug },
      props: { view, calendar, jsonLd, pageTitle, family: familyOf(series.seriesId), contact },
    };
  });
}
