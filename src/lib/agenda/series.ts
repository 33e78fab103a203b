/**
 * Series: the occurrences sharing a `seriesId`, shown on one page `/evenements/<slug>/`.
 * Every page and feed links to a series through `seriesSlug`/`buildSeries`, computed from ALL the
 * site's occurrences (not only the upcoming ones), so that every link names the same page.
 */
import { eventSlugOf } from '../domain/ids.ts';
import type { Occurrence } from '../domain/occurrence.ts';
import { compareByStart } from './upcoming.ts';

/** One series and its occurrences (sorted by start). */
export interface Series {
  seriesId: string;
  /** URL slug of `/evenements/<slug>/`. */
  slug: string;
  /** The series' title: its most frequent occurrence title. */
  title: string;
  occurrences: Occurrence[];
}

/**
 * The title that names a series: the most frequent title among its occurrences; ties go to the
 * first in code-point order, so the choice never depends on input order.
 */
export function seriesTitleOf(occurrences: readonly { title: string }[]): string {
  const counts = new Map<string, number>();
  for (const { title } of occurrences) counts.set(title, (counts.get(title) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) {
    if (best === undefined || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  if (best === undefined) throw new Error('une série sans occurrence n’a pas de titre');
  return best[0];
}

/** Slug of a series page from its id and its occurrences (all of them). */
export function seriesSlug(seriesId: string, occurrences: readonly { title: string }[]): string {
  return eventSlugOf(seriesId, seriesTitleOf(occurrences));
}

/** Groups occurrences by series, sorted by each series' first start then id. */
export function buildSeries(occurrences: readonly Occurrence[]): Series[] {
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const list = groups.get(o.seriesId);
    if (list === undefined) groups.set(o.seriesId, [o]);
    else list.push(o);
  }
  const series = [...groups].map(([seriesId, list]) => {
    const sorted = [...list].sort(compareByStart);
    return { seriesId, slug: seriesSlug(seriesId, sorted), title: seriesTitleOf(sorted), occurrences: sorted };
  });
  return series.sort((a, b) => {
    const [fa, fb] = [a.occurrences[0], b.occurrences[0]];
    return fa && fb ? compareByStart(fa, fb) || (a.seriesId < b.seriesId ? -1 : 1) : 0;
  });
}

/** `seriesId` → slug of its page, over every occurrence of the site (built once per build). */
export type SlugIndex = ReadonlyMap<string, string>;

/** `seriesId` → slug, for linking any occurrence to its series page. */
export function seriesSlugIndex(occurrences: readonly Occurrence[]): Map<string, string> {
  return new Map(buildSeries(occurrences).map((s) => [s.seriesId, s.slug]));
}

/** The slug of the page of an occurrence's series: from the index, else computed from its own title. */
export function seriesSlugOf(slugs: SlugIndex, occurrence: Pick<Occurrence, 'seriesId' | 'title'>): string {
  return slugs.get(occurrence.seriesId) ?? eventSlugOf(occurrence.seriesId, occurrence.title);
}
