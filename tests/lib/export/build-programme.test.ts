import { describe, expect, it } from 'vitest';
import { buildProgramme, posterPeriod, posterPlaces, quarterPeriod } from '../../../src/lib/export/build-programme.ts';
import { makePlace } from '../../support/make-place.ts';
import { fixtureContext } from '../../support/export-context-fixture.ts';
import { fixtureOccurrences } from '../../support/outputs-fixture.ts';

const ctx = fixtureContext();

describe('buildProgramme', () => {
  const programme = buildProgramme(fixtureOccurrences(), ctx, '2026-12-01', '2027-02-28');

  it('prints a weekly workshop once with its dates, the cancelled one marked', () => {
    expect(programme.regulars).toHaveLength(1);
    expect(programme.regulars[0]?.entry.title).toBe('Atelier tablette pour débutants');
    expect(programme.regulars[0]?.dates).toEqual([
      'les mardis 1er, 8 (annulé) et 15 décembre',
      'les mardis 5 et 12 janvier 2027',
    ]);
  });

  it('groups the other events by day, in order, with hours, place and phone', () => {
    expect(programme.days.map((d) => d.label)).toEqual(['jeudi 10 décembre', 'lundi 21 décembre']);
    expect(programme.days[1]?.entries[0]).toMatchObject({
      hours: 'jusqu’au mercredi 23 décembre',
      communeName: 'Retiers',
      phone: '+33 2 99 43 00 00',
    });
    expect(programme.days[0]?.entries[0]).toMatchObject({
      hours: '18 h 30 – 20 h',
      place: 'Salle du conseil, mairie de Janzé',
    });
  });

  it('leaves out what happens before or after the period', () => {
    const titles = programme.days.flatMap((d) => d.entries.map((e) => e.title));
    expect(titles).not.toContain('Atelier courriel (passé)');
    expect(titles).not.toContain('OpenLab du samedi');
  });
});

describe('quarterPeriod', () => {
  it('runs from today to the end of the second month after this one', () => {
    expect(quarterPeriod(new Date('2026-12-01T09:00:00+01:00'))).toEqual({ from: '2026-12-01', to: '2027-02-28' });
  });
});

describe('posterPeriod', () => {
  it('covers the rest of the month, or next month when this one nearly ended', () => {
    expect(posterPeriod(new Date('2026-12-01T09:00:00+01:00'))).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(posterPeriod(new Date('2026-12-24T09:00:00+01:00'))).toEqual({ from: '2027-01-01', to: '2027-01-31' });
  });
});

describe('posterPlaces', () => {
  const stop = (commune: string, location: string) => ({
    commune,
    location,
    coordinates: { lat: 47.85, lon: -1.48 },
    openingHours: 'We 09:00-12:00',
  });
  const mediatheque = makePlace('mediatheque', { phone: '02 99 47 00 00' });
  const silent = makePlace('sans-telephone');
  const bus = makePlace('bus', {
    phone: '02 99 43 64 87',
    address: { street: '16 rue Louis Pasteur', postalCode: '35240', commune: '35239' },
    stops: [stop('35337', 'Parking de la mairie'), stop('35136', 'Place du marché')],
  });
  const places = [mediatheque, silent, bus];

  it('lists the places of the commune that can be called, and the itinerant services stopping there', () => {
    expect(posterPlaces(places, '35136').map((p) => [p.place.id, p.location])).toEqual([
      ['mediatheque', '1 rue de la Mairie'],
      ['bus', 'Place du marché'],
    ]);
    expect(posterPlaces(places, '35337').map((p) => [p.place.id, p.location])).toEqual([
      ['bus', 'Parking de la mairie'],
    ]);
  });

  it('does not list an itinerant service in the commune of its base when it does not stop there', () => {
    expect(posterPlaces(places, '35239')).toEqual([]);
  });
});
