import type { Commune } from '../domain/commune.ts';
import type { Issue } from '../domain/issue.ts';
import type { Occurrence } from '../domain/occurrence.ts';
import type { PlaceEntry } from '../domain/place.ts';
import { budgetOf, type Source } from '../domain/source.ts';
import type { FeedBudget } from '../domain/status.ts';
import type { Taxonomy } from '../domain/taxonomy.ts';
import { whenToEpoch } from '../time/zoned-time.ts';
import { overBudgetDetail, overBudgetMessages } from './feed-budget.ts';
import { normaliseFeedEvents } from './normalise/normalise-events.ts';
import { feedParsers, parseFeed } from './parse-feed.ts';
import type { FeedParsers, FeedWindow } from './types.ts';

/** What reading one body needs: the source (its format, defaults and budget), the window, the directory. */
export interface ReadBodyContext {
  source: Source;
  window: FeedWindow;
  now: Date;
  places: readonly PlaceEntry[];
  communes: readonly Commune[];
  taxonomy: Taxonomy;
  /** `firstSeen` of the occurrences already published, by id. */
  firstSeen: ReadonlyMap<string, string>;
  parsers?: FeedParsers;
}

/** A body read into occurrences (in feed order), or refused whole; either way what it used. */
export type BodyReading =
  | { kind: 'read'; occurrences: Occurrence[]; issues: Issue[]; usage: FeedBudget }
  | { kind: 'refused'; issues: Issue[]; detail: string | null; usage: FeedBudget };

/** Occurrences not over at `now` (an all-day end is exclusive, at 00:00 Paris). */
export function countUpcoming(occurrences: readonly Pick<Occurrence, 'end'>[], now: Date): number {
  const at = now.getTime();
  let count = 0;
  for (const o of occurrences) if (whenToEpoch(o.end) > at) count++;
  return count;
}

/**
 * Reads one feed body as the nightly run does: parsed within the source's budget (too many
 * VEVENTs or rows, or too many occurrences in the window, refuse it before it costs memory; a body
 * cut short is refused), normalised, then refused if it holds more series than its budget.
 * Pure: the same body, source and now give the same reading.
 */
export function readFeedBody(body: Uint8Array, context: ReadBodyContext): BodyReading {
  const { source } = context;
  const budget = budgetOf(source);
  const parsed = parseFeed(
    body,
    source.format,
    {
      sourceId: source.id,
      window: context.window,
      timeZone: source.timeZone,
      budget: { events: budget.events, occurrences: budget.occurrences },
      ...(source.columns && { columns: source.columns }),
    },
    context.parsers ?? feedParsers,
  );
  const usage: FeedBudget = { bytes: body.length, events: parsed.eventCount ?? 0, occurrences: 0, series: 0 };
  if (parsed.fatal) {
    const refusal = parsed.refusal;
    if (refusal?.kind === 'over-budget' && refusal.field === 'occurrences') usage.occurrences = refusal.limit + 1;
    return { kind: 'refused', issues: parsed.issues, detail: refusal?.detail ?? null, usage };
  }
  const normalised = normaliseFeedEvents(parsed.events, { ...context, source });
  const issues = [...parsed.issues, ...normalised.issues];
  usage.occurrences = normalised.occurrences.length;
  usage.series = new Set(normalised.occurrences.map((o) => o.seriesId)).size;
  if (usage.series > budget.series) {
    const message = overBudgetMessages.series(budget.series);
    const detail = overBudgetDetail('series', budget.series, { counted: usage.series, atLeast: false });
    return { kind: 'refused', issues: [{ severity: 'error', message }, ...issues], detail, usage };
  }
  return { kind: 'read', occurrences: normalised.occurrences, issues, usage };
}
