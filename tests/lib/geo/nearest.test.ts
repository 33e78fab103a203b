import { describe, expect, it } from 'vitest';
import type { Commune } from '../../../src/lib/domain/index.ts';
import { nearestPlaces } from '../../../src/lib/geo/nearest.ts';
import { makePlace } from '../../support/make-place.ts';

const thourie: Commune = {
  insee: '35337',
  name: 'Thourie',
  slug: 'thourie',
  postalCode: '35134',
  population: 900,
  centroid: { lat: 47.85, lon: -1.48 },
};
const near = makePlace('pres', { coordinates: { lat: 47.86, lon: -1.48 } });
const far = makePlace('loin', { coordinates: { lat: 47.96, lon: -1.5 } });
const bus = makePlace('bus', {
  kind: 'bus-france-services',
  coordinates: { lat: 48.0, lon: -1.3 },
  stops: [
    {
      commune: '35337',
      location: 'Place de l’église',
      coordinates: { lat: 47.851, lon: -1.481 },
      openingHours: 'We 09:00-12:00',
    },
    { commune: '35136', location: 'Parking', coordinates: { lat: 47.96, lon: -1.49 }, openingHours: 'Th 09:00-12:00' },
  ],
});

describe('nearestPlaces', () => {
  it('sorts places by distance from the point, each with its distance', () => {
    const result = nearestPlaces([far, near], thourie.centroid);
    expect(result.map((r) => r.place.id)).toEqual(['pres', 'loin']);
    expect(result[0]?.km).toBeCloseTo(1.1, 1);
    expect(result[1]?.km).toBeGreaterThan(10);
  });

  it('counts an itinerant service from its nearest stop, and says which stop', () => {
    const [first] = nearestPlaces([near, far, bus], thourie.centroid);
    expect(first?.place.id).toBe('bus');
    expect(first?.stop?.location).toBe('Place de l’église');
    expect(first?.km).toBeLessThan(0.2);
  });

  it('keeps at most the asked number of places', () => {
    expect(nearestPlaces([far, near, bus], thourie.centroid, 2)).toHaveLength(2);
  });
});
