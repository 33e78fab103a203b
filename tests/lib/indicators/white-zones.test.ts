import { describe, expect, it } from 'vitest';
import type { Commune, Need } from '../../../src/lib/domain/index.ts';
import { whiteZones } from '../../../src/lib/indicators/white-zones.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';
import { makePlace } from '../../support/make-place.ts';

/** The value, which the test's data guarantees. */
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('valeur attendue');
  return value;
}

const commune = (insee: string, name: string, lat: number, lon: number): Commune => ({
  insee,
  name,
  slug: name.toLowerCase(),
  postalCode: '35000',
  population: 1000,
  centroid: { lat, lon },
});

/*
 * Three communes: A; B 0.1° north of A (11.1 km); C 0.07° east of A (0.07 × cos 47.9° × 111.2 ≈ 5.2 km).
 * Démarches: one France Services at A's centre. Bases: a bus stopping at B.
 */
const A = commune('35001', 'A', 47.9, -1.4);
const B = commune('35002', 'B', 48.0, -1.4);
const C = commune('35003', 'C', 47.9, -1.33);
const demarches: Need = { id: 'demarches', label: 'Faire mes démarches en ligne', themes: ['demarches'], publics: [] };
const bases: Need = { id: 'bases', label: 'Apprendre les bases', themes: ['bases'], publics: [] };
const jeunes: Need = { id: 'jeunes', label: 'Pour les jeunes', themes: [], publics: ['jeunes'] };
const places = [
  makePlace('france-services', {
    themes: ['demarches'],
    coordinates: A.centroid,
    address: { street: 'x', postalCode: '35000', commune: A.insee },
  }),
  makePlace('bus', {
    kind: 'bus-france-services',
    themes: ['bases'],
    coordinates: A.centroid,
    address: { street: 'x', postalCode: '35000', commune: A.insee },
    stops: [{ commune: B.insee, location: 'Place', coordinates: B.centroid, openingHours: 'Mo 09:00-12:00' }],
  }),
];
const now = new Date('2026-12-01T09:00:00+01:00');
const at = (c: Commune) => ({ coordinates: c.centroid, commune: c.insee });
const occurrences = [
  // A démarches session at C in 10 days: C is served by it.
  makeOccurrence({
    uid: 'c',
    start: '2026-12-11T10:00:00+01:00',
    end: '2026-12-11T12:00:00+01:00',
    themes: ['demarches'],
    ...at(C),
  }),
  // At B: cancelled, or after 30 days, or already past: none counts.
  makeOccurrence({
    uid: 'b1',
    start: '2026-12-05T10:00:00+01:00',
    end: '2026-12-05T12:00:00+01:00',
    themes: ['demarches'],
    status: 'cancelled',
    ...at(B),
  }),
  makeOccurrence({
    uid: 'b2',
    start: '2027-01-02T10:00:00+01:00',
    end: '2027-01-02T12:00:00+01:00',
    themes: ['demarches'],
    ...at(B),
  }),
  makeOccurrence({
    uid: 'b3',
    start: '2026-11-30T10:00:00+01:00',
    end: '2026-11-30T12:00:00+01:00',
    themes: ['demarches'],
    ...at(B),
  }),
  // A session for the young, placed only by its commune (A's centre).
  makeOccurrence({
    uid: 'j',
    start: '2026-12-02T14:00:00+01:00',
    end: '2026-12-02T16:00:00+01:00',
    publics: ['jeunes'],
    coordinates: null,
    commune: A.insee,
  }),
];

describe('whiteZones', () => {
  const [dem, bas, jeu] = whiteZones([demarches, bases, jeunes], [A, B, C], places, occurrences, { now });
  const byName = (n: typeof dem) => Object.fromEntries(defined(n).communes.map((c) => [c.commune.name, c]));

  it('marks a commune with no place serving the need within 5 km and no session nearby within 30 days', () => {
    const d = byName(dem);
    expect(d['A']).toMatchObject({ nearestKm: 0, nearestPlace: 'france-services', sessions: 0, white: false });
    expect(d['B']?.nearestKm).toBeCloseTo(11.1, 1);
    expect(d['B']).toMatchObject({ sessions: 0, white: true });
    // C: the place is 5.2 km away, but a session is planned there in 10 days.
    expect(d['C']?.nearestKm).toBeCloseTo(5.2, 1);
    expect(d['C']).toMatchObject({ sessions: 1, white: false });
  });

  it('counts an itinerant service at its nearest stop', () => {
    const b = byName(bas);
    expect(b['B']).toMatchObject({ nearestKm: 0, nearestPlace: 'bus', white: false });
    expect(b['A']?.nearestKm).toBeCloseTo(11.1, 1);
    expect(b['A']?.white).toBe(true);
  });

  it('answers a need by public, a session without coordinates counting at its commune’s centre', () => {
    const j = byName(jeu);
    expect(j['A']).toMatchObject({ nearestPlace: null, sessions: 1, white: false });
    expect(j['B']).toMatchObject({ nearestKm: null, sessions: 0, white: true });
    expect(j['C']).toMatchObject({ sessions: 0, white: true });
  });

  it('takes the distance as a parameter', () => {
    const [wide] = whiteZones([demarches], [A, B, C], places, occurrences, { now, km: 12 });
    expect(defined(wide).communes.every((c) => !c.white)).toBe(true);
  });
});
