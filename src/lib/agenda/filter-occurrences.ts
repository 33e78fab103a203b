/** The agenda's filters, as pure functions: commune (with nearby communes), theme, public, free, dates. */
import { dayOf } from '../format/format-date.ts';
import { lastDayOf, type When } from '../format/format-when.ts';

/** The fields of an occurrence the filters read. */
export type Filterable = When & {
  commune: string | null;
  themes: readonly string[];
  publics: readonly string[];
  free: boolean | null;
};

/** A combination of filters; absent criteria do not filter. */
export interface AgendaFilter {
  /** INSEE codes accepted (a commune and its nearby communes). */
  communes?: readonly string[];
  /** Theme id. */
  theme?: string;
  /** Public id; occurrences for everybody (no public) match every public. */
  public?: string;
  /** Only occurrences known to be free. */
  free?: boolean;
  /** First day (`YYYY-MM-DD`, inclusive). */
  from?: string;
  /** Last day (`YYYY-MM-DD`, inclusive). */
  to?: string;
}

/** `true` when an occurrence passes every criterion of the filter. */
export function matchesFilter(o: Filterable, filter: AgendaFilter): boolean {
  if (filter.communes !== undefined && (o.commune === null || !filter.communes.includes(o.commune))) return false;
  if (filter.theme !== undefined && !o.themes.includes(filter.theme)) return false;
  if (filter.public !== undefined && o.publics.length > 0 && !o.publics.includes(filter.public)) return false;
  if (filter.free === true && o.free !== true) return false;
  if (filter.from !== undefined && lastDayOf(o) < filter.from) return false;
  if (filter.to !== undefined && dayOf(o.start) > filter.to) return false;
  return true;
}

/** The occurrences passing the filter, in the given order. */
export function filterOccurrences<T extends Filterable>(occurrences: readonly T[], filter: AgendaFilter): T[] {
  return occurrences.filter((o) => matchesFilter(o, filter));
}
