import { describe, expect, it } from 'vitest';
import type { Need } from '../../../src/lib/domain/index.ts';
import { facetsOf, filterPlaces, matchesPlaceFilter } from '../../../src/lib/places/filter-places.ts';
import { makePlace } from '../../support/make-place.ts';

const demarches: Need = { id: 'demarches', label: 'Faire mes démarches en ligne', themes: ['demarches'], publics: [] };
const jeunes: Need = { id: 'jeunes', label: 'Pour les jeunes', themes: [], publics: ['jeunes', 'etudiants'] };
const franceServices = makePlace('france-services', { themes: ['demarches', 'bases'] });
const pij = makePlace('pij', {
  themes: ['emploi-formation'],
  publics: ['jeunes'],
  address: { street: 'Bourg', postalCode: '35240', commune: '35239' },
});
const fablab = makePlace('fablab', { themes: ['fabrication'], publics: ['professionnels', 'tout-public'] });
const bus = makePlace('bus', {
  themes: ['demarches'],
  stops: [
    { commune: '35337', location: 'Église', coordinates: { lat: 47.85, lon: -1.48 }, openingHours: 'We 09:00-12:00' },
  ],
});
const all = [franceServices, pij, fablab, bus];
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('filterPlaces', () => {
  it('keeps the places offering one of the need’s themes', () => {
    expect(ids(filterPlaces(all, { need: demarches }))).toEqual(['france-services', 'bus']);
  });

  it('keeps the places addressing one of the need’s publics', () => {
    expect(ids(filterPlaces(all, { need: jeunes }))).toEqual(['pij']);
  });

  it('keeps places open to everybody when filtering by a public', () => {
    expect(ids(filterPlaces(all, { publicId: 'professionnels' }))).toEqual(['france-services', 'fablab', 'bus']);
  });

  it('keeps the places in the commune and the itinerant services stopping there', () => {
    expect(ids(filterPlaces(all, { commune: '35337' }))).toEqual(['bus']);
    expect(ids(filterPlaces(all, { commune: '35239' }))).toEqual(['pij']);
  });

  it('combines the criteria', () => {
    expect(ids(filterPlaces(all, { need: demarches, commune: '35136' }))).toEqual(['france-services']);
  });

  it('keeps everything without criteria', () => {
    expect(filterPlaces(all, {})).toHaveLength(4);
  });
});

describe('matchesPlaceFilter', () => {
  // The facets as the map's list items carry them (data-themes, data-publics, data-communes).
  const busFacets = { themes: ['demarches'], publics: [], communes: ['35337', '35136'] };

  it('filters the facets the browser reads as the directory filters places', () => {
    expect(matchesPlaceFilter(busFacets, { need: demarches, commune: '35337' })).toBe(true);
    expect(matchesPlaceFilter(busFacets, { commune: '35239' })).toBe(false);
    expect(matchesPlaceFilter(busFacets, { need: jeunes })).toBe(false);
    expect(matchesPlaceFilter(busFacets, { publicId: 'seniors' })).toBe(true);
  });

  it('agrees with filterPlaces on every place and criterion', () => {
    for (const filter of [{ need: demarches }, { publicId: 'jeunes' }, { commune: '35337' }, { commune: '35136' }])
      for (const place of all)
        expect(matchesPlaceFilter(facetsOf(place), filter)).toBe(filterPlaces([place], filter).length === 1);
  });
});
