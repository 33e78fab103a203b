import type { Occurrence } from '../domain/index.ts';
import { seriesSlugOf, type SlugIndex } from '../agenda/series.ts';
import { formatWhen } from '../format/format-when.ts';
import { routes } from '../site/routes.ts';
import { whenToEpoch } from '../time/zoned-time.ts';

/** One coming session at a place, ready to show. */
export interface Session {
  title: string;
  /** `mercredi 3 décembre, 14 h – 16 h`. */
  when: string;
  /** Start, ISO, for `<time datetime>`. */
  start: string;
  /** End as stored: the browser hides the sessions of the day already over. */
  end: string;
  /** `/evenements/<slug>/`. */
  href: string;
  cancelled: boolean;
  demo: boolean;
}

/** Which occurrences to keep: at these places (ids), or any test on the occurrence. */
export type SessionFilter = readonly string[] | ((o: Occurrence) => boolean);

/** The occurrences kept by `where` not yet over at `now`, soonest first, at most `limit`. */
export function nextSessions(
  occurrences: readonly Occurrence[],
  where: SessionFilter,
  context: { now: Date; slugs: SlugIndex },
  limit = 3,
): Session[] {
  const { now, slugs } = context;
  const nowMs = now.getTime();
  const keep = typeof where === 'function' ? where : (o: Occurrence) => o.placeId !== null && where.includes(o.placeId);
  return occurrences
    .filter((o) => keep(o) && whenToEpoch(o.end) > nowMs)
    .sort((a, b) => whenToEpoch(a.start) - whenToEpoch(b.start) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((o) => ({
      title: o.title,
      when: formatWhen(o, { now }),
      start: o.start,
      end: o.end,
      href: routes.event(seriesSlugOf(slugs, o)),
      cancelled: o.status === 'cancelled',
      demo: o.demo,
    }));
}
