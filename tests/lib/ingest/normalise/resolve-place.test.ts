import { describe, expect, it } from 'vitest';
import { createPlaceResolver } from '../../../../src/lib/ingest/normalise/resolve-place.ts';
import { communes, places } from '../../../support/ingest-fixtures.ts';

const resolve = createPlaceResolver(places, communes);
const at = (location: string | null, address: string | null = null, communeText: string | null = null) => {
  const match = resolve({ location, address, communeText });
  return { placeId: match.place?.id ?? null, commune: match.commune };
};

describe('createPlaceResolver', () => {
  it('finds a place by its name whatever the accents and the case', () => {
    expect(at('MEDIATHEQUE DE JANZE')).toEqual({ placeId: 'mediatheque-janze', commune: '35136' });
    expect(at('médiathèque, Retiers')).toEqual({ placeId: 'mediatheque-retiers', commune: '35239' });
  });

  it('prefers the most specific place named', () => {
    // "FabLab de Janzé" names the FabLab; the word Janzé alone would only give the commune.
    expect(at('FabLab de Janzé (salle 2)')).toEqual({ placeId: 'fablab-janze', commune: '35136' });
  });

  it('finds a commune by its name or its postal code when no place is named', () => {
    expect(at('Salle des fêtes', null, 'le theil de bretagne')).toEqual({ placeId: null, commune: '35333' });
    expect(at('Salle polyvalente, Theil-de-Bretagne')).toEqual({ placeId: null, commune: '35333' });
    expect(at('Salle polyvalente', '3 rue des Lilas 35640 Chelun')).toEqual({ placeId: null, commune: '35077' });
  });

  it('does not guess a commune from a postal code shared by several communes', () => {
    expect(at('Salle des fêtes', '4 rue du Stade, 35150')).toEqual({ placeId: null, commune: null });
  });

  it('matches a street address only in the place’s own commune', () => {
    expect(at('2 rue de la Libération', null, 'Janzé')).toEqual({ placeId: 'mediatheque-janze', commune: '35136' });
    expect(at('2 rue de la Libération', null, 'Retiers')).toEqual({ placeId: null, commune: '35239' });
  });

  it('keeps the commune of the stop for an itinerant place', () => {
    expect(at('Bus France Services, place de l’église, Essé')).toEqual({
      placeId: 'bus-france-services',
      commune: '35108',
    });
  });

  it('resolves nothing from an empty or unknown text', () => {
    expect(at(null)).toEqual({ placeId: null, commune: null });
    expect(at('Chez Paulette')).toEqual({ placeId: null, commune: null });
  });
});
