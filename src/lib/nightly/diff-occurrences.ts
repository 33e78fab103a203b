import type { Occurrence } from '../domain/occurrence.ts';
import { whenToEpoch } from '../time/zoned-time.ts';

/** What changed in an occurrence between two nights, as a reader would name it. */
export type ChangedField = 'title' | 'time' | 'place' | 'status' | 'details' | 'dates-added';

/** One series (an event and its dates) in the night's summary. */
export interface SeriesChange {
  seriesId: string;
  sourceId: string;
  /** Title after the night (before it, for a series that left the feed). */
  title: string;
  /** Starts of the occurrences concerned, upcoming only, sorted. */
  starts: string[];
  /** For `changed`: what changed, sorted. Empty otherwise. */
  fields: ChangedField[];
  /** For `cancelled`: marked cancelled by the partner, or gone from a feed that was read. */
  reason: 'cancelled' | 'removed' | null;
}

/** The night's changes, each list sorted by first start then title. */
export interface OccurrenceDiff {
  added: SeriesChange[];
  changed: SeriesChange[];
  cancelled: SeriesChange[];
}

export interface DiffOptions {
  /** The run's now: only occurrences not yet over count. */
  now: Date;
  /** Sources read tonight: an occurrence gone from one of them was removed by the partner. */
  readSources: ReadonlySet<string>;
  /**
   * End of the previous night's window: a new date of a known series beyond it only entered the
   * rolling window and is not news. `null`: every new date counts.
   */
  previousHorizon: Date | null;
}

const FIELD_ORDER: readonly ChangedField[] = ['title', 'time', 'place', 'status', 'details', 'dates-added'];

/** The fields that differ between two versions of one occurrence (a cancellation is reported apart). */
function changedFields(before: Occurrence, after: Occurrence): ChangedField[] {
  const fields: ChangedField[] = [];
  if (before.title !== after.title) fields.push('title');
  if (before.start !== after.start || before.end !== after.end || before.allDay !== after.allDay) fields.push('time');
  if (before.location !== after.location || before.placeId !== after.placeId || before.commune !== after.commune)
    fields.push('place');
  if (before.status !== after.status) fields.push('status');
  const details = ['description', 'url', 'registration', 'price'] as const;
  if (details.some((key) => before[key] !== after[key])) fields.push('details');
  return fields;
}

type Kind = keyof OccurrenceDiff;

/** Collects occurrences into one entry per series and kind. */
class SeriesCollector {
  readonly #entries = new Map<string, SeriesChange>();

  add(kind: Kind, occurrence: Occurrence, fields: readonly ChangedField[], reason: SeriesChange['reason']): void {
    const key = `${kind}|${occurrence.seriesId}`;
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      entry = {
        seriesId: occurrence.seriesId,
        sourceId: occurrence.sourceId,
        title: occurrence.title,
        starts: [],
        fields: [],
        reason,
      };
      this.#entries.set(key, entry);
    }
    entry.starts.push(occurrence.start);
    for (const field of fields) if (!entry.fields.includes(field)) entry.fields.push(field);
  }

  list(kind: Kind): SeriesChange[] {
    const byStart = (a: SeriesChange, b: SeriesChange) =>
      whenToEpoch(a.starts[0] ?? '') - whenToEpoch(b.starts[0] ?? '') || a.title.localeCompare(b.title, 'fr');
    return [...this.#entries.entries()]
      .filter(([key]) => key.startsWith(`${kind}|`))
      .map(([, entry]) => ({
        ...entry,
        starts: entry.starts.sort((a, b) => whenToEpoch(a) - whenToEpoch(b)),
        fields: FIELD_ORDER.filter((f) => entry.fields.includes(f)),
      }))
      .sort(byStart);
  }
}

/**
 * What changed for residents between two nights: new events (series never seen before), changed
 * ones (title, time, place, status, details, or dates added inside the previous window) and
 * cancelled ones (marked cancelled, or gone from a feed that was read tonight). Only occurrences
 * not yet over count; dates that merely leave or enter the rolling window are not news.
 */
export function diffOccurrences(
  before: readonly Occurrence[],
  after: readonly Occurrence[],
  options: DiffOptions,
): OccurrenceDiff {
  const now = options.now.getTime();
  const upcoming = (o: Occurrence) => whenToEpoch(o.end) > now;
  const beforeById = new Map(before.map((o) => [o.id, o]));
  const afterIds = new Set(after.map((o) => o.id));
  const knownSeries = new Set(before.map((o) => o.seriesId));
  const horizon = options.previousHorizon?.getTime() ?? Number.POSITIVE_INFINITY;
  const collector = new SeriesCollector();

  for (const occurrence of after.filter(upcoming)) {
    const previous = beforeById.get(occurrence.id);
    if (previous === undefined) {
      if (!knownSeries.has(occurrence.seriesId)) collector.add('added', occurrence, [], null);
      else if (whenToEpoch(occurrence.start) < horizon) collector.add('changed', occurrence, ['dates-added'], null);
    } else if (occurrence.status === 'cancelled' && previous.status !== 'cancelled') {
      collector.add('cancelled', occurrence, [], 'cancelled');
    } else {
      const fields = changedFields(previous, occurrence);
      if (fields.length > 0) collector.add('changed', occurrence, fields, null);
    }
  }
  for (const occurrence of before.filter(upcoming)) {
    const gone = !afterIds.has(occurrence.id) && options.readSources.has(occurrence.sourceId);
    if (gone && occurrence.status !== 'cancelled') collector.add('cancelled', occurrence, [], 'removed');
  }
  return { added: collector.list('added'), changed: collector.list('changed'), cancelled: collector.list('cancelled') };
}
