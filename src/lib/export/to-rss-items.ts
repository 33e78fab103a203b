import { buildSeries, upcomingOccurrences, type Series } from '../agenda/index.ts';
import type { Occurrence } from '../domain/index.ts';
import { formatWhen } from '../format/index.ts';
import { icsText, rssText } from '../site/strings/feeds.ts';
import { eventPageUrl, type ExportContext, themeLabels } from './export-context.ts';
import { venueLine, venueOf } from './venue.ts';
import { whenToEpoch } from '../time/zoned-time.ts';

/** One RSS item, in the shape @astrojs/rss takes. */
export interface RssItem {
  title: string;
  link: string;
  /** When the site first published the series: the earliest `firstSeen` of its occurrences. */
  pubDate: Date;
  description: string;
  categories: string[];
}

/** The first element of a list that cannot be empty (a series has at least one occurrence). */
function firstOf<T>(list: readonly T[]): T {
  const [first] = list;
  if (first === undefined) throw new Error('une série sans occurrence ne peut pas être publiée');
  return first;
}

/**
 * When the site first published each series: the earliest `firstSeen` of ALL its occurrences in
 * the data, past ones included. `firstSeen` is written by the ingest the night it first reads an
 * occurrence and kept from then on, so the date stays the same night after night (for a series
 * without end, until the dates first seen that night leave the data, a year and a month later);
 * taking only the upcoming dates would make a weekly series look new again every week.
 */
function firstPublished(occurrences: readonly Occurrence[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const o of occurrences) {
    const known = first.get(o.seriesId);
    if (known === undefined || Date.parse(o.firstSeen) < Date.parse(known)) first.set(o.seriesId, o.firstSeen);
  }
  return first;
}

function itemOf(series: Series, ctx: ExportContext, now: Date, published: string): RssItem {
  const upcoming = series.occurrences;
  const allCancelled = upcoming.every((o) => o.status === 'cancelled');
  const next = upcoming.find((o) => o.status !== 'cancelled') ?? firstOf(upcoming);
  const venue = venueOf(next, ctx);
  const where = venueLine(venue);
  const when = formatWhen(next, { now });
  const prefix = allCancelled ? `${rssText.cancelled} ` : '';
  const commune = venue.communeName === null ? '' : `, ${venue.communeName}`;
  const cancelledDates = allCancelled
    ? []
    : upcoming.filter((o) => o.status === 'cancelled').map((o) => formatWhen(o, { now }));
  const paragraphs = [
    `${rssText.nextDates(upcoming.length)} : ${when}${where === '' ? '' : ` — ${where}`}.`,
    cancelledDates.length > 0 ? `${rssText.cancelledOn} ${cancelledDates.join(' ; ')}.` : null,
    next.description,
    next.price === null ? null : `${icsText.price} : ${next.price}`,
    next.registration === null ? null : `${icsText.registration} : ${next.registration}`,
    venue.phone === null ? null : `${icsText.phone} : ${venue.phone}`,
  ];
  return {
    title: `${prefix}${series.title} — ${when}${commune}`,
    link: eventPageUrl(ctx, { seriesId: series.seriesId, title: series.title }),
    pubDate: new Date(published),
    description: paragraphs.filter((p): p is string => p !== null && p !== '').join('\n\n'),
    categories: themeLabels(next.themes, ctx),
  };
}

/**
 * The RSS items: one per series with an occurrence still to come at `now` (never one per weekly
 * date), newest first by the day the site first published the series; among series published the
 * same night, the soonest first.
 */
export function toRssItems(occurrences: readonly Occurrence[], ctx: ExportContext, now: Date): RssItem[] {
  const published = firstPublished(occurrences);
  return buildSeries(upcomingOccurrences(occurrences, now))
    .map((s) => ({
      item: itemOf(s, ctx, now, published.get(s.seriesId) ?? firstOf(s.occurrences).firstSeen),
      series: s,
    }))
    .sort(
      (a, b) =>
        b.item.pubDate.getTime() - a.item.pubDate.getTime() ||
        whenToEpoch(firstOf(a.series.occurrences).start) - whenToEpoch(firstOf(b.series.occurrences).start) ||
        a.item.link.localeCompare(b.item.link),
    )
    .map(({ item }) => item);
}
