import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TaxonomySchema } from '../../../src/lib/domain/index.ts';
import { locationIn, phoneLink, toPlaceSummary } from '../../../src/lib/places/place-summary.ts';
import { root } from '../../support/paths.ts';
import { makePlace } from '../../support/make-place.ts';

const taxonomy = TaxonomySchema.parse(parse(readFileSync(path.join(root, 'content/taxonomy.yaml'), 'utf8')));
const communeNames = new Map([
  ['35136', 'Janzé'],
  ['35337', 'Thourie'],
  ['35239', 'Retiers'],
]);
const lookups = { taxonomy, communeNames };
const stop = (commune: string, location: string) => ({
  commune,
  location,
  coordinates: { lat: 47.85, lon: -1.48 },
  openingHours: 'We 09:00-12:00',
});
const bus = makePlace('bus', {
  name: 'Bus France Services',
  kind: 'bus-france-services',
  address: { street: '16 rue Louis Pasteur', postalCode: '35240', commune: '35239' },
  stops: [stop('35337', 'Parking de la mairie'), stop('35136', 'Place du marché')],
  toConfirm: ['stops'],
});

describe('toPlaceSummary', () => {
  it('names the kind, the commune, the themes and publics, and links the place page and its phone', () => {
    const place = makePlace('mediatheque-janze', { phone: '0299470000', publics: ['seniors', 'inconnu'] });
    expect(toPlaceSummary(place, lookups)).toMatchObject({
      href: '/lieux/mediatheque-janze/',
      kindLabel: 'Médiathèque',
      communeName: 'Janzé',
      servesLabel: 'Janzé',
      address: '1 rue de la Mairie, 35150 Janzé',
      phone: { text: '02 99 47 00 00', href: 'tel:+33299470000' },
      themeLabels: ['Apprendre les bases'],
      publicLabels: ['Seniors', 'inconnu'],
      facets: { communes: ['35136'] },
      points: [{ lat: 47.9, lon: -1.4, label: 'mediatheque-janze' }],
      approximate: false,
    });
  });

  it('says where an itinerant service stops, with a marker per stop', () => {
    const summary = toPlaceSummary(bus, lookups);
    expect(summary.servesLabel).toBe('Thourie, Janzé');
    expect(summary.communeName).toBe('Retiers');
    expect(summary.facets.communes).toEqual(['35337', '35136']);
    expect(summary.points.map((p) => p.label)).toEqual([
      'Bus France Services : Parking de la mairie, Thourie',
      'Bus France Services : Place du marché, Janzé',
    ]);
  });

  it('marks the facts still to confirm, the position among them', () => {
    expect(toPlaceSummary(bus, lookups).toConfirm).toEqual(new Set(['stops']));
    expect(toPlaceSummary(bus, lookups).approximate).toBe(false);
    const everything = toPlaceSummary(makePlace('x', { toConfirm: true }), lookups);
    expect(everything.approximate).toBe(true);
    expect(everything.toConfirm.has('phone')).toBe(true);
  });
});

describe('phoneLink', () => {
  it('is null without a phone', () => {
    expect(phoneLink(undefined)).toBeNull();
  });
});

describe('locationIn', () => {
  it('gives the street of a fixed place, and the stop of an itinerant one in that commune', () => {
    expect(locationIn(makePlace('x'), '35136')).toBe('1 rue de la Mairie');
    expect(locationIn(bus, '35337')).toBe('Parking de la mairie');
    expect(locationIn(bus, '35239')).toBe('');
  });
});
