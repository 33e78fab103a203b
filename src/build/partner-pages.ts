/** What the partners' pages render, picked from the build context: each feed's health, its events, the checker's data. */
import { seriesSlugOf } from '../lib/agenda/series.ts';
import type { Occurrence } from '../lib/domain/index.ts';
import { budgetOf, DEFAULT_FEED_BUDGET } from '../lib/domain/source.ts';
import { toCheckerDirectory, type CheckerDirectory } from '../lib/partners/checker-directory.ts';
import {
  commonBudget,
  describeBudget,
  formatInstant,
  healthCounts,
  sortByHealth,
  toSourceHealth,
  type SourceHealth,
} from '../lib/partners/source-health.ts';
import { taxonomyWords } from '../lib/partners/taxonomy-words.ts';
import { routes } from '../lib/site/routes.ts';
import { getBuildContext, type BuildContext } from './build-context.ts';

/** How many of a feed's coming events the list names. */
export const LISTED_EVENTS = 3;

/** A feed's line on `/partenaires/`: its health, its partner's place, its next events. */
export interface PartnerLine extends SourceHealth {
  /** The partner's place, or `null` when the registry names a place the directory lacks. */
  place: { name: string; href: string } | null;
  /** The next events (series) of this feed, soonest first. */
  events: { title: string; href: string }[];
  /** Further coming events of this feed not named. */
  moreEvents: number;
}

/** What `/partenaires/` shows. */
export interface PartnersPage {
  lines: PartnerLine[];
  /** `1er décembre 2026 à 3 h 12`, or `null` before the first ingest. */
  lastRun: string | null;
  counts: string[];
  hasDemo: boolean;
}

/** The coming series of each source, soonest first (an occurrence counts for every source that gave it). */
function seriesBySource(build: BuildContext): Map<string, Occurrence[]> {
  const bySource = new Map<string, Occurrence[]>();
  const seen = new Set<string>();
  for (const o of build.upcoming) {
    if (o.status === 'cancelled') continue;
    for (const sourceId of [o.sourceId, ...o.alsoFrom]) {
      const key = `${sourceId}\u0000${o.seriesId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = bySource.get(sourceId);
      if (list === undefined) bySource.set(sourceId, [o]);
      else list.push(o);
    }
  }
  return bySource;
}

/** `/partenaires/`: every feed of the registry with its health, worst first. */
export async function partnersPage(): Promise<PartnersPage> {
  const build = await getBuildContext();
  const { status } = build;
  const ran = status.sources.length > 0;
  const statusOf = new Map(status.sources.map((s) => [s.sourceId, s]));
  const places = new Map(build.places.map((p) => [p.id, p]));
  const series = seriesBySource(build);
  const lines = build.sources.map((source): PartnerLine => {
    const place = places.get(source.organisation);
    const coming = series.get(source.id) ?? [];
    return {
      ...toSourceHealth(source, statusOf.get(source.id), ran ? status.generatedAt : null),
      place: place === undefined ? null : { name: place.name, href: routes.place(place.id) },
      events: coming.slice(0, LISTED_EVENTS).map((o) => ({
        title: o.title,
        href: routes.event(seriesSlugOf(build.agendaLookups.slugs, o)),
      })),
      moreEvents: Math.max(0, coming.length - LISTED_EVENTS),
    };
  });
  return {
    lines: sortByHealth(lines),
    lastRun: ran ? formatInstant(status.generatedAt) : null,
    counts: healthCounts(lines),
    hasDemo: lines.some((l) => l.demo),
  };
}

/** What the browser checker needs to resolve places and themes as the nightly run does. */
export async function checkerDirectory(): Promise<CheckerDirectory> {
  const build = await getBuildContext();
  return toCheckerDirectory(build);
}

/** What `/partenaires/publier/` shows besides its strings: the words of each theme and public, the limits of a feed. */
export async function publishPage() {
  const build = await getBuildContext();
  const budget = commonBudget(
    build.sources.filter((s) => s.enabled).map((s) => budgetOf(s)),
    DEFAULT_FEED_BUDGET,
  );
  return { words: taxonomyWords(build.taxonomy), limits: describeBudget(budget) };
}
