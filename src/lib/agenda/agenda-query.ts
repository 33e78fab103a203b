/**
 * The agenda's filters as a query in the address (`/agenda/?commune=35136&public=seniors&page=2`),
 * read and written the same way by the filter form and by its page links, so a filtered agenda
 * can be shared, bookmarked and paged through.
 */
import { dateRangeOf, DATE_CHOICES, type DateChoice } from './date-ranges.ts';
import type { AgendaFilter } from './filter-occurrences.ts';

/** What the reader chose. */
export interface AgendaQuery {
  /** INSEE code of the chosen commune. */
  commune: string | null;
  /** With the commune's neighbours (default). */
  nearby: boolean;
  theme: string | null;
  public: string | null;
  free: boolean;
  date: DateChoice;
  /** 1-based page of the filtered listing. */
  page: number;
}

export const EMPTY_QUERY: AgendaQuery = {
  commune: null,
  nearby: true,
  theme: null,
  public: null,
  free: false,
  date: 'all',
  page: 1,
};

const PAGE_LIMIT = 10_000;

const text = (params: URLSearchParams, name: string) => {
  const value = params.get(name)?.trim() ?? '';
  return value === '' ? null : value;
};

/** The query of an address' parameters; unknown or malformed values are ignored. */
export function readAgendaQuery(params: URLSearchParams): AgendaQuery {
  const date = params.get('date') ?? 'all';
  const page = Number(params.get('page') ?? '1');
  const commune = text(params, 'commune');
  return {
    commune: commune !== null && /^\d[\dAB]\d{3}$/.test(commune) ? commune : null,
    nearby: params.get('voisines') !== '0',
    theme: text(params, 'theme'),
    public: text(params, 'public'),
    free: params.get('gratuit') === '1',
    date: (DATE_CHOICES as readonly string[]).includes(date) ? (date as DateChoice) : 'all',
    page: Number.isInteger(page) && page >= 1 && page <= PAGE_LIMIT ? page : 1,
  };
}

/** The address' parameters of a query, defaults left out (the bare listing has none). */
export function writeAgendaQuery(query: AgendaQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.commune !== null) {
    params.set('commune', query.commune);
    if (!query.nearby) params.set('voisines', '0');
  }
  if (query.theme !== null) params.set('theme', query.theme);
  if (query.public !== null) params.set('public', query.public);
  if (query.free) params.set('gratuit', '1');
  if (query.date !== 'all') params.set('date', query.date);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

/** `true` when the query narrows the listing (a page number alone does not). */
export function isFiltered(query: AgendaQuery): boolean {
  return query.commune !== null || query.theme !== null || query.public !== null || query.free || query.date !== 'all';
}

/**
 * The filter of a query seen on `today` (`YYYY-MM-DD`): the commune with its neighbours from
 * `around` (INSEE → INSEE codes), the date choice as days.
 */
export function filterOfQuery(
  query: AgendaQuery,
  around: Record<string, readonly string[]>,
  today: string,
): AgendaFilter {
  const filter: AgendaFilter = { ...dateRangeOf(query.date, today) };
  if (query.commune !== null)
    filter.communes = query.nearby ? (around[query.commune] ?? [query.commune]) : [query.commune];
  if (query.theme !== null) filter.theme = query.theme;
  if (query.public !== null) filter.public = query.public;
  if (query.free) filter.free = true;
  return filter;
}
