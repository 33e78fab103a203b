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
  needsAttention,
  sortByHealth,
  toSourceHealth,
  type SourceHealth,
} from '../lib/partners/source-health.ts';
import { taxonomyWords } from '../lib/partners/taxonomy-words.ts';
import { paginateByWeight, type PagePosition } from '../lib/site/paginate.ts';
import { pageParam, partnerRoutes, routes } from '../lib/site/routes.ts';
import { paginationText } from '../lib/site/strings/pagination.ts';
import { partnersText } from '../lib/site/strings/partners.ts';
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

/**
 * The weight of a line on a page of `/partenaires/`, in HTML elements at most: a full line (a feed
 * that needs attention: its message, details, three issues, three events) and a compact one (a
 * feed « à jour »: its name, partner, state, last update, dates, next event, budget).
 */
export const FULL_LINE_WEIGHT = 32;
export const COMPACT_LINE_WEIGHT = 12;
/**
 * The lines' weight per page: the rest of the page (layout, state counts, pager, help) is about 70
 * elements, so a page stays under the 380 of a content page (tests/support/budgets.ts) whatever
 * the number of feeds: 8 full lines, or 22 compact ones, or a mix.
 */
export const PARTNERS_PAGE_WEIGHT = 264;

/** What a page of `/partenaires/` shows. */
export interface PartnersPageProps {
  title: string;
  /** The feeds of this page that need attention, worst first, shown in full. */
  attention: PartnerLine[];
  /** The feeds of this page that are fine (« à jour », disabled), shown compactly. */
  healthy: PartnerLine[];
  /** How many feeds need attention, and how many do not, in all. */
  attentionCount: number;
  healthyCount: number;
  total: number;
  /** `1er décembre 2026 à 3 h 12`, or `null` before the first ingest. */
  lastRun: string | null;
  /** `6 en erreur`, `1 retenu`…: every state with feeds in it, worst first. */
  counts: string[];
  hasDemo: boolean;
  position: PagePosition;
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

/** Every feed of the registry with its health, its place and its next events, in the registry's order. */
async function partnerLines(): Promise<{ lines: PartnerLine[]; generatedAt: string | null }> {
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
  return { lines, generatedAt: ran ? status.generatedAt : null };
}

/**
 * `/partenaires/`, `/partenaires/page-2/`…: the feeds that need attention first, worst first, in
 * full; then the others, compactly; cut into pages by weight so that each stays within budget.
 */
export async function partnersPaths() {
  const { lines, generatedAt } = await partnerLines();
  const attention = sortByHealth(lines.filter((l) => needsAttention(l)));
  const healthy = sortByHealth(lines.filter((l) => !needsAttention(l)));
  const full = new Set(attention);
  const pages = paginateByWeight(
    [...attention, ...healthy],
    (line) => (full.has(line) ? FULL_LINE_WEIGHT : COMPACT_LINE_WEIGHT),
    PARTNERS_PAGE_WEIGHT,
  );
  const shared = {
    attentionCount: attention.length,
    healthyCount: healthy.length,
    total: lines.length,
    lastRun: generatedAt === null ? null : formatInstant(generatedAt),
    counts: healthCounts(lines),
    hasDemo: lines.some((l) => l.demo),
  };
  return pages.map(({ page, pages: count, items }) => ({
    params: { page: pageParam(page) },
    props: {
      ...shared,
      title: paginationText.title(partnersText.pages.health, page),
      attention: items.filter((l) => full.has(l)),
      healthy: items.filter((l) => !full.has(l)),
      position: { page, pages: count, base: partnerRoutes.partners() },
    } satisfies PartnersPageProps,
  }));
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
