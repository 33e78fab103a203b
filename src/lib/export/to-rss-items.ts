import { buildSeries, upcomingOccurrences, type Series } from '../agenda/index.ts';
import type { Occurrence } from '../domain/index.ts';
import { formatWhen } from '../format/index.ts';
import { icsText, rssText } from '../site/strings/feeds.ts';
import { eventPageUrl, type ExportContext, themeLabels } from './export-context.ts';
import { venueLine, venueOf } from './venue.ts';

/** One RSS item, in the shape @astrojs/rss takes. */
export interface RssItem {
  title: string;
  link: string;
  /** When the series was first seen by the ingest. */
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

const earliest = (values: string[]) => values.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));

function itemOf(series: Series, ctx: ExportContext, now: Date): RssItem {
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
  const firstSeen = earliest(upcoming.map((o) => o.firstSeen));
  return {
    title: `${prefix}${series.title} — ${when}${commune}`,
    link: eventPageUrl(ctx, { seriesId: series.seriesId, title: series.title }),
    pubDate: new Date(firstSeen),
    description: paragraphs.filter((p): p is string => p !== null && p !== '').join('\n\n'),
    categories: themeLabels(next.themes, ctx),
  };
}

/**
 * The RSS items: one per series with an occurrence still to come at `now` (never one per weekly
 * date), newest first by the day the series was first seen, then by link.
 */
export function toRssItems(occurrences: readonly Occurrence[], ctx: ExportContext, now: Date): RssItem[] {
  return buildSeries(upcomingOccurrences(occurrences, now))
    .map((s) => itemOf(s, ctx, now))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}
