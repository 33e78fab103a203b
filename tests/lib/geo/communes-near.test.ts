import { describe, expect, it } from 'vitest';
import type { Commune } from '../../../src/lib/domain/index.ts';
import { communesNear, nearestCommune } from '../../../src/lib/geo/communes-near.ts';

const commune = (insee: string, name: string, lat: number, lon: number): Commune => ({
  insee,
  name,
  slug: name.toLowerCase(),
  postalCode: '35150',
  population: 1000,
  centroid: { lat, lon },
});
const a = commune('35001', 'A', 47.9, -1.4);
const b = commune('35002', 'B', 47.95, -1.4);
const c = commune('35003', 'C', 47.91, -1.4);

describe('communesNear', () => {
  it('lists the other communes within the radius, nearest first', () => {
    expect(communesNear([a, b, c], a, 10).map((n) => n.commune.name)).toEqual(['C', 'B']);
  });

  it('leaves out communes beyond the radius', () => {
    expect(communesNear([a, b, c], a, 3).map((n) => n.commune.name)).toEqual(['C']);
  });
});

describe('nearestCommune', () => {
  it('finds the commune whose centre is nearest to a position', () => {
    expect(nearestCommune([a, b, c], { lat: 47.94, lon: -1.41 })?.name).toBe('B');
  });

  it('finds none in an empty list', () => {
    expect(nearestCommune<Commune>([], { lat: 47.94, lon: -1.41 })).toBeUndefined();
  });
});
