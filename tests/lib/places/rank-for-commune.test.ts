import { describe, expect, it } from 'vitest';
import type { Commune } from '../../../src/lib/domain/index.ts';
import { rankForCommune } from '../../../src/lib/places/rank-for-commune.ts';
import { makePlace } from '../../support/make-place.ts';

const thourie: Commune = {
  insee: '35335',
  name: 'Thourie',
  slug: 'thourie',
  postalCode: '35134',
  population: 900,
  centroid: { lat: 47.85, lon: -1.48 },
};
const elsewhere = (street: string) => ({ street, postalCode: '35240', commune: '35239' });
const nearby = makePlace('voisin', { address: elsewhere('Bourg'), coordinates: { lat: 47.86, lon: -1.48 } });
const far = makePlace('loin', { address: elsewhere('Loin'), coordinates: { lat: 47.96, lon: -1.5 } });
const reference = makePlace('reference', {
  name: 'France Services',
  address: elsewhere('Siège'),
  coordinates: { lat: 47.91, lon: -1.34 },
});
const inside = makePlace('mairie', {
  address: { street: 'Mairie', postalCode: '35134', commune: '35335' },
  coordinates: { lat: 47.851, lon: -1.457 },
});
const bus = makePlace('bus', {
  kind: 'bus-france-services',
  address: elsewhere('Siège'),
  coordinates: { lat: 47.91, lon: -1.34 },
  stops: [
    {
      commune: '35136',
      location: 'Parking',
      coordinates: { lat: 47.851, lon: -1.481 },
      openingHours: 'Th 09:00-12:00',
    },
    { commune: '35335', location: 'Église', coordinates: { lat: 47.852, lon: -1.455 }, openingHours: 'Tu 09:00-12:00' },
  ],
});
const ids = (list: { place: { id: string } }[]) => list.map((r) => r.place.id);

describe('rankForCommune', () => {
  it('lists the commune’s own places, the stops there, the reference service, then the rest by distance', () => {
    const ranked = rankForCommune([far, nearby, reference, bus, inside], thourie, { reference: 'reference' });
    expect(ids(ranked)).toEqual(['mairie', 'bus', 'reference', 'voisin', 'loin']);
    expect(ranked.map((r) => r.reason)).toEqual(['inside', 'stop', 'reference', 'nearby', 'nearby']);
  });

  it('sends to the stop in the commune, even when another stop is nearer its centre', () => {
    const [first] = rankForCommune([bus], thourie);
    expect(first?.stop?.location).toBe('Église');
  });

  it('never drops the reference service, even beyond the limit', () => {
    const ranked = rankForCommune([far, nearby, reference], thourie, { reference: 'reference', limit: 1 });
    expect(ids(ranked)).toEqual(['reference']);
    const crowded = rankForCommune([inside, bus, nearby, reference], thourie, { reference: 'reference', limit: 2 });
    expect(ids(crowded)).toEqual(['mairie', 'bus', 'reference']);
  });

  it('marks the reference service when it is in the commune itself', () => {
    const [first] = rankForCommune([nearby, inside], thourie, { reference: 'mairie' });
    expect(first).toMatchObject({ reason: 'inside', reference: true });
  });

  it('ranks by distance alone when nothing is in or comes to the commune and there is no reference', () => {
    expect(ids(rankForCommune([far, nearby], thourie))).toEqual(['voisin', 'loin']);
  });
});
