import { z } from 'zod';
import type { Commune } from '../../domain/commune.ts';
import type { FeedEvent } from '../../domain/feed-event.ts';
import { occurrenceIdOf, seriesIdOf } from '../../domain/ids.ts';
import type { Issue } from '../../domain/issue.ts';
import { OccurrenceSchema, type Occurrence } from '../../domain/occurrence.ts';
import type { PlaceEntry } from '../../domain/place.ts';
import type { Source } from '../../domain/source.ts';
import type { Taxonomy } from '../../domain/taxonomy.ts';
import { toZonedIso, whenToEpoch } from '../../time/zoned-time.ts';
import { createEventClassifier, type EventClassifier } from './classify-event.ts';
import { isFreeFromPrice } from './is-free.ts';
import { createPlaceResolver, type PlaceResolver } from './resolve-place.ts';

/** Everything normalisation needs besides the events. */
export interface NormaliseContext {
  /** The source the events were read from (its defaults apply). */
  source: Source;
  places: readonly PlaceEntry[];
  communes: readonly Commune[];
  taxonomy: Taxonomy;
  /** The run's "now": `firstSeen` of occurrences never seen before. */
  now: Date;
  /** `firstSeen` of the occurrences of the previous file, by occurrence id. */
  firstSeen: ReadonlyMap<string, string>;
}

/** Occurrences in feed order (sort them before writing) and the problems met. */
export interface NormaliseResult {
  occurrences: Occurrence[];
  issues: Issue[];
}

const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

interface Helpers {
  resolvePlace: PlaceResolver;
  classify: EventClassifier;
  placesById: ReadonlyMap<string, PlaceEntry>;
  nowIso: string;
  /** Series id of a UID, computed once per series. */
  seriesIdOf: (uid: string) => string;
}

/** The fields that tell the instances of one series apart; the others usually repeat from one instance to the next. */
const INSTANCE_FIELDS = {
  id: true,
  start: true,
  end: true,
  allDay: true,
  status: true,
  firstSeen: true,
  updatedAt: true,
} as const;
/** Those fields alone, read from a whole occurrence (the others, already checked, are ignored). */
const InstanceFieldsSchema = z.object(OccurrenceSchema.pick(INSTANCE_FIELDS).shape);
const SHARED_FIELDS = (Object.keys(OccurrenceSchema.shape) as (keyof Occurrence)[]).filter(
  (key) => !(key in INSTANCE_FIELDS),
);

/** Same value for the schema: equal primitives, or lists and objects (coordinates) of equal primitives. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.length === keysB.length && keysA.every((key, i) => key === keysB[i] && recordA[key] === recordB[key]);
}

/**
 * `OccurrenceSchema.safeParse`, remembering the last occurrence it accepted: when the next one has
 * the same values in every shared field (as the instances of a series have), only its own fields
 * are checked again. Same verdicts, a fifth of the work on a long series.
 */
function createOccurrenceCheck(): (occurrence: Occurrence) => z.ZodError | null {
  let accepted: Occurrence | null = null;
  return (occurrence) => {
    const previous = accepted;
    if (previous !== null && SHARED_FIELDS.every((key) => sameValue(occurrence[key], previous[key]))) {
      const own = InstanceFieldsSchema.safeParse(occurrence);
      if (own.success) return null;
    }
    const checked = OccurrenceSchema.safeParse(occurrence);
    if (!checked.success) return checked.error;
    accepted = occurrence;
    return null;
  };
}

function toOccurrence(event: FeedEvent, context: NormaliseContext, helpers: Helpers): Occurrence {
  const { source } = context;
  const id = occurrenceIdOf(source.id, event.uid, event.recurrenceId ?? 'single');
  const matched = helpers.resolvePlace(event);
  const defaultPlace =
    source.defaults.place === undefined ? null : (helpers.placesById.get(source.defaults.place) ?? null);
  // The source's place applies when the event names no other place and no other commune.
  const usesDefault =
    matched.place === null &&
    defaultPlace !== null &&
    (matched.commune === null || matched.commune === defaultPlace.address.commune);
  const place = matched.place ?? (usesDefault ? defaultPlace : null);
  const classes = helpers.classify(event, source.defaults);
  return {
    id,
    seriesId: helpers.seriesIdOf(event.uid),
    sourceId: source.id,
    alsoFrom: [],
    title: event.title,
    description: event.description,
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    status: event.status,
    location: event.location,
    placeId: place?.id ?? null,
    commune: matched.commune ?? place?.address.commune ?? source.defaults.commune ?? null,
    coordinates: place?.coordinates ?? event.coordinates,
    url: event.url,
    registration: event.registration,
    price: event.price,
    free: isFreeFromPrice(event.price),
    themes: classes.themes,
    publics: classes.publics,
    axes: classes.axes,
    demo: source.demo,
    firstSeen: context.firstSeen.get(id) ?? helpers.nowIso,
    updatedAt: event.updatedAt !== null && DATE_TIME_WITH_OFFSET.test(event.updatedAt) ? event.updatedAt : null,
  };
}

/**
 * Turns a parser's FeedEvents into Occurrences: stable ids, place and commune resolved against the
 * directory (else the source's defaults), themes, publics and axes from the taxonomy, `free` from
 * the price, `firstSeen` kept from the previous run. Two events with the same id keep the first,
 * with a warning naming the line of the second; an event that breaks the schema is left out with
 * an error naming its line, so one bad event never sinks the feed.
 */
export function normaliseFeedEvents(events: readonly FeedEvent[], context: NormaliseContext): NormaliseResult {
  const seriesIds = new Map<string, string>();
  const helpers: Helpers = {
    resolvePlace: createPlaceResolver(context.places, context.communes),
    classify: createEventClassifier(context.taxonomy),
    placesById: new Map(context.places.map((p) => [p.id, p])),
    nowIso: toZonedIso(context.now.getTime()),
    seriesIdOf: (uid) => {
      let id = seriesIds.get(uid);
      if (id === undefined) seriesIds.set(uid, (id = seriesIdOf(context.source.id, uid)));
      return id;
    },
  };
  const check = createOccurrenceCheck();
  const seen = new Set<string>();
  const occurrences: Occurrence[] = [];
  const issues: Issue[] = [];
  for (const event of events) {
    const occurrence = toOccurrence(event, context, helpers);
    if (seen.has(occurrence.id)) {
      issues.push({
        severity: 'warning',
        message: `Événement « ${event.title} » du ${event.start} présent deux fois (même identifiant) : seule la première version est gardée.`,
        ...(event.line === null ? {} : { line: event.line }),
      });
      continue;
    }
    const error = check(occurrence);
    if (error !== null) {
      const details = error.issues.map((i) => `\`${i.path.join('.')}\` : ${i.message}`).join(' ; ');
      issues.push({
        severity: 'error',
        message: `Événement « ${event.title} » ignoré, donnée invalide : ${details}.`,
        ...(event.line === null ? {} : { line: event.line }),
      });
      continue;
    }
    seen.add(occurrence.id);
    occurrences.push(occurrence);
  }
  return { occurrences, issues };
}

/** Sorts occurrences as files store them: by start instant, then id. */
export function sortOccurrences(occurrences: readonly Occurrence[]): Occurrence[] {
  const days = new Map<string, number>();
  const epochOf = (o: Occurrence) => {
    if (!o.allDay) return Date.parse(o.start);
    let at = days.get(o.start);
    if (at === undefined) days.set(o.start, (at = whenToEpoch(o.start)));
    return at;
  };
  const keyed = occurrences.map((o) => ({ o, at: epochOf(o) }));
  return keyed.sort((a, b) => a.at - b.at || (a.o.id < b.o.id ? -1 : a.o.id > b.o.id ? 1 : 0)).map((k) => k.o);
}
