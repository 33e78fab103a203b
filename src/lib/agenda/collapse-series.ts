/** Listings show a recurring series once, at its next date, so they stay short. */
import type { Occurrence } from '../domain/occurrence.ts';

/** What collapsing needs of a dated line: its series and whether it is cancelled. */
export interface SeriesMember {
  seriesId: string;
  status: string;
}

/** One line of a listing: an occurrence and how many later dates of its series it stands for. */
export interface AgendaEntry<T extends SeriesMember = Occurrence> {
  occurrence: T;
  /** Later dates of the same series in the listing, not shown as lines of their own. */
  moreDates: number;
}

/**
 * Keeps, per series, its first occurrence that is not cancelled, and every cancelled occurrence
 * (so each "Annulé" stays visible); the series' later dates that hold are counted on the kept line.
 * Input sorted by start; output in the same order.
 */
export function collapseSeries<T extends SeriesMember>(occurrences: readonly T[]): AgendaEntry<T>[] {
  const entries: AgendaEntry<T>[] = [];
  const kept = new Map<string, AgendaEntry<T>>();
  for (const occurrence of occurrences) {
    const main = kept.get(occurrence.seriesId);
    if (main !== undefined && occurrence.status !== 'cancelled') {
      main.moreDates += 1;
      continue;
    }
    const entry = { occurrence, moreDates: 0 };
    entries.push(entry);
    if (occurrence.status !== 'cancelled') kept.set(occurrence.seriesId, entry);
  }
  return entries;
}
