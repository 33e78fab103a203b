import { describe, expect, it } from 'vitest';
import { contactDirectory, contactOf } from '../../../src/lib/places/contact.ts';
import { makePlace } from '../../support/make-place.ts';

const communeNames = new Map([
  ['35239', 'Retiers'],
  ['35335', 'Thourie'],
]);
const territory = makePlace('roche-aux-fees-communaute', {
  name: 'Roche aux Fées Communauté',
  kind: 'epci',
  address: { street: '16 rue Louis Pasteur', postalCode: '35240', commune: '35239' },
  website: 'https://www.rafcom.bzh',
});
const network = makePlace('reseau', {
  name: 'Réseau des médiathèques',
  email: 'reseau@example.org',
  toConfirm: ['email'],
});
const mairie = makePlace('mairie-thourie', {
  name: 'Mairie de Thourie',
  kind: 'mairie',
  address: { street: 'Mairie', postalCode: '35134', commune: '35335' },
});
const directory = contactDirectory([territory, network, mairie], communeNames);

describe('contactOf', () => {
  it('gives the place’s own phone when it has one, saying when it is not confirmed', () => {
    const place = makePlace('pij', { phone: '02 99 47 00 00', toConfirm: ['phone'] });
    expect(contactOf(place, directory)).toMatchObject({
      who: 'place',
      phone: { text: '02 99 47 00 00', href: 'tel:+33299470000' },
      unconfirmed: true,
    });
  });

  it('gives its organisation’s contact when the place has none', () => {
    const library = makePlace('mediatheque', { organisation: 'Réseau des médiathèques' });
    expect(contactOf(library, directory)).toMatchObject({
      who: 'organisation',
      name: 'Réseau des médiathèques',
      href: '/lieux/reseau/',
      email: 'reseau@example.org',
      unconfirmed: true,
    });
  });

  it('falls back on the intercommunality, with its website and address, when neither has one', () => {
    expect(contactOf(mairie, directory)).toEqual({
      who: 'territory',
      name: 'Roche aux Fées Communauté',
      href: '/lieux/roche-aux-fees-communaute/',
      phone: null,
      email: null,
      website: 'https://www.rafcom.bzh',
      address: '16 rue Louis Pasteur, 35240 Retiers',
      unconfirmed: false,
    });
  });

  it('skips an organisation the directory cannot reach and one it does not know', () => {
    const unknown = makePlace('x', { organisation: 'Association inconnue' });
    expect(contactOf(unknown, directory).who).toBe('territory');
  });
});
