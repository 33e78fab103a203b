import { describe, expect, it } from 'vitest';
import { whatToBring } from '../../../src/lib/places/what-to-bring.ts';
import { makePlace } from '../../support/make-place.ts';

describe('whatToBring', () => {
  it('gives the place’s own list when it has one', () => {
    const place = makePlace('fs', { themes: ['demarches'], toBring: ['Avis d’imposition'] });
    expect(whatToBring(place)).toEqual({ items: ['Avis d’imposition'], general: false });
  });

  it('gives general advice for the place’s themes, marked as such, when it said nothing', () => {
    const result = whatToBring(makePlace('fs', { themes: ['demarches'] }));
    expect(result.general).toBe(true);
    expect(result.items).toContain('Une pièce d’identité');
  });

  it('limits the advice to the themes of the need asked', () => {
    const place = makePlace('fs', { themes: ['demarches', 'reparation'] });
    expect(whatToBring(place, ['reparation']).items).toEqual(['L’appareil à réparer et son chargeur']);
  });

  it('gives nothing for a theme without advice', () => {
    expect(whatToBring(makePlace('fablab', { themes: ['fabrication'] })).items).toEqual([]);
  });
});
