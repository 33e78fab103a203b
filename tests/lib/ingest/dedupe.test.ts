import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../../../src/lib/domain/index.ts';
import { dedupeOccurrences, titlesMatch } from '../../../src/lib/ingest/dedupe.ts';
import { normaliseFeedEvents } from '../../../src/lib/ingest/normalise/normalise-events.ts';
import { communes, makeFeedEvent, makeSource, places, taxonomy } from '../../support/ingest-fixtures.ts';

const now = new Date('2026-11-28T03:00:00+01:00');
function occurrenceFrom(sourceId: string, fields: Parameters<typeof makeFeedEvent>[0] = {}): Occurrence {
  const source = makeSource({ id: sourceId, name: sourceId, organisation: sourceId });
  const [o] = normaliseFeedEvents([makeFeedEvent(fields)], {
    source,
    places,
    communes,
    taxonomy,
    now,
    firstSeen: new Map(),
  }).occurrences;
  if (o === undefined) throw new Error('no occurrence');
  return o;
}

describe('titlesMatch', () => {
  it('treats titles equal after folding, or a letter apart, as the same', () => {
    expect(titlesMatch('Atelier : Tablette !', 'atelier tablette')).toBe(true);
    expect(titlesMatch('Initiation à la tablete', 'Initiation à la tablette')).toBe(true);
    expect(titlesMatch('Atelier tablette', 'Atelier smartphone')).toBe(false);
  });
});

describe('dedupeOccurrences', () => {
  const relayed = { location: 'Médiathèque de Janzé', title: 'Atelier tablette' };

  it('merges the same workshop relayed by two sources into one listing the other source', () => {
    const media = occurrenceFrom('mediatheque', relayed);
    const fs = occurrenceFrom('france-services', { ...relayed, title: 'ATELIER TABLETTE', location: 'Janzé' });
    const kept = dedupeOccurrences([fs, media]);
    expect(kept).toHaveLength(1);
    // The médiathèque names the place; France Services only the commune.
    expect(kept[0]).toMatchObject({
      sourceId: 'mediatheque',
      alsoFrom: ['france-services'],
      placeId: 'mediatheque-janze',
    });
  });

  it('chooses the same occurrence whatever the input order', () => {
    const a = occurrenceFrom('alpha', relayed);
    const b = occurrenceFrom('beta', relayed);
    const c = occurrenceFrom('gamma', relayed);
    const first = dedupeOccurrences([a, b, c]);
    expect(dedupeOccurrences([c, b, a])).toEqual(first);
    expect(first).toEqual([{ ...a, alsoFrom: ['beta', 'gamma'] }]);
  });

  it('keeps occurrences apart when the start, the commune or the title differ', () => {
    const base = occurrenceFrom('mediatheque', relayed);
    const others = [
      occurrenceFrom('fs-1', { ...relayed, start: '2026-12-02T15:00:00+01:00' }),
      occurrenceFrom('fs-2', { ...relayed, location: 'Médiathèque de Retiers' }),
      occurrenceFrom('fs-3', { ...relayed, title: 'Atelier impression 3D' }),
      occurrenceFrom('fs-4', { ...relayed, location: null }),
    ];
    expect(dedupeOccurrences([base, ...others])).toHaveLength(5);
  });

  it('never merges two occurrences of the same source', () => {
    const a = occurrenceFrom('mediatheque', { ...relayed, uid: 'salle-1' });
    const b = occurrenceFrom('mediatheque', { ...relayed, uid: 'salle-2' });
    expect(dedupeOccurrences([a, b])).toHaveLength(2);
  });

  it('matches the same instant written with different offsets', () => {
    const a = occurrenceFrom('a', relayed);
    const b = occurrenceFrom('b', { ...relayed, start: '2026-12-02T13:00:00Z' });
    expect(dedupeOccurrences([a, b])).toHaveLength(1);
  });
});
