import { describe, expect, it } from 'vitest';
import {
  isPlaceholder,
  publishedFact,
  publishedStreet,
  stopIn,
  withoutPlaceholders,
} from '../../../src/lib/places/published-facts.ts';
import { makePlace } from '../../support/make-place.ts';

describe('isPlaceholder', () => {
  it('recognises a text standing for a fact not known yet, whatever its case and accents', () => {
    expect(isPlaceholder('Médiathèque (adresse à confirmer)')).toBe(true);
    expect(isPlaceholder('Horaires A CONFIRMER')).toBe(true);
    expect(isPlaceholder('2 rue de la Poste')).toBe(false);
  });
});

describe('withoutPlaceholders', () => {
  it('drops the sentences about facts to confirm and keeps the others', () => {
    expect(
      withoutPlaceholders(
        'Orditous apprend l’informatique aux débutants. La commune et les horaires sont à confirmer.',
      ),
    ).toBe('Orditous apprend l’informatique aux débutants.');
  });
});

describe('publishedStreet and publishedFact', () => {
  it('publish a street only when the partner confirmed the address and it is a real one', () => {
    const confirmed = makePlace('lieu', {
      address: { street: '2 rue de la Poste', postalCode: '35150', commune: '35136' },
    });
    expect(publishedStreet(confirmed)).toBe('2 rue de la Poste');
    expect(publishedStreet({ ...confirmed, toConfirm: ['address'] })).toBeNull();
    expect(
      publishedStreet({ ...confirmed, address: { ...confirmed.address, street: 'FabLab (adresse à confirmer)' } }),
    ).toBeNull();
  });

  it('leave out a phone still to confirm', () => {
    const place = makePlace('lieu', { phone: '02 99 47 00 00', toConfirm: ['phone'] });
    expect(publishedFact(place, 'phone')).toBeUndefined();
    expect(publishedFact({ ...place, toConfirm: false }, 'phone')).toBe('02 99 47 00 00');
  });
});

describe('stopIn', () => {
  it('finds the one stop of an itinerant place in a commune', () => {
    const stop = {
      commune: '35077',
      location: 'Place de l’église',
      coordinates: { lat: 47.85, lon: -1.24 },
      openingHours: 'Tu 14:00-16:30',
    };
    const bus = makePlace('bus', { stops: [stop] });
    expect(stopIn(bus, '35077')?.location).toBe('Place de l’église');
    expect(stopIn(bus, '35136')).toBeNull();
  });
});
