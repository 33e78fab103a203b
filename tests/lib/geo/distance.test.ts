import { describe, expect, it } from 'vitest';
import { distanceKm, formatDistance } from '../../../src/lib/geo/distance.ts';

const janze = { lat: 47.9614, lon: -1.4979 };
const retiers = { lat: 47.9127, lon: -1.3394 };

describe('distanceKm', () => {
  it('is zero from a point to itself', () => {
    expect(distanceKm(janze, janze)).toBe(0);
  });

  it('measures Janzé to Retiers at about 13 km as the crow flies', () => {
    expect(distanceKm(janze, retiers)).toBeCloseTo(12.9, 0);
  });

  it('measures one degree of latitude at about 111 km', () => {
    expect(distanceKm({ lat: 47, lon: -1 }, { lat: 48, lon: -1 })).toBeCloseTo(111.2, 0);
  });

  it('is the same both ways', () => {
    expect(distanceKm(janze, retiers)).toBe(distanceKm(retiers, janze));
  });
});

describe('formatDistance', () => {
  it.each([
    [0, '100 m'],
    [0.43, '400 m'],
    [0.96, '1,0 km'],
    [3.24, '3,2 km'],
    [9.96, '10 km'],
    [14.4, '14 km'],
  ])('writes %s km as « %s »', (km, text) => {
    expect(formatDistance(km)).toBe(text);
  });
});
