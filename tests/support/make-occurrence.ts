import { occurrenceIdOf, seriesIdOf } from '../../src/lib/domain/ids.ts';
import { OccurrenceSchema, type Occurrence } from '../../src/lib/domain/occurrence.ts';

/**
 * A valid occurrence for tests: only what the test cares about is given; ids derive from
 * `uid` (the series) and `start`, as the ingest derives them.
 */
export function makeOccurrence(fields: Partial<Occurrence> & { uid?: string; start: string; end: string }): Occurrence {
  const { uid = 'atelier', ...rest } = fields;
  const sourceId = rest.sourceId ?? 'mediatheque-janze';
  return OccurrenceSchema.parse({
    id: occurrenceIdOf(sourceId, uid, fields.start),
    seriesId: seriesIdOf(sourceId, uid),
    sourceId,
    alsoFrom: [],
    title: 'Atelier numérique',
    description: null,
    allDay: !fields.start.includes('T'),
    status: 'confirmed',
    location: null,
    placeId: null,
    commune: '35136',
    coordinates: null,
    url: null,
    registration: null,
    price: null,
    free: null,
    themes: [],
    publics: [],
    axes: [],
    demo: false,
    firstSeen: '2026-11-01T03:00:00+01:00',
    updatedAt: null,
    ...rest,
  });
}
