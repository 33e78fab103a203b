import { seriesSlugOf, type SlugIndex } from '../agenda/series.ts';
import type { Occurrence } from '../domain/index.ts';
import { formatWhen } from '../format/format-when.ts';
import { routes } from '../site/routes.ts';

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

/** What a session needs from the build: its "now" and the series slugs. */
export interface SessionContext {
  now: Date;
  slugs: SlugIndex;
}

/** One occurrence as a session. */
export function toSession(o: Occurrence, context: SessionContext): Session {
  return {
    title: o.title,
    when: formatWhen(o, { now: context.now }),
    start: o.start,
    end: o.end,
    href: routes.event(seriesSlugOf(context.slugs, o)),
    cancelled: o.status === 'cancelled',
    demo: o.demo,
  };
}

/**
 * The first `limit` occurrences kept by `keep`, as sessions. `upcoming` is already what the build
 * indexed: not yet over at `now` and sorted by start then id (the occurrences of one place, of the
 * communes around one commune…), so no list of the whole site is scanned per place.
 */
export function nextSessions(
  upcoming: readonly Occurrence[],
  context: SessionContext,
  limit = 3,
  keep: (o: Occurrence) => boolean = () => true,
): Session[] {
  const sessions: Session[] = [];
  for (const o of upcoming) {
    if (sessions.length >= limit) break;
    if (keep(o)) sessions.push(toSession(o, context));
  }
  return sessions;
}
