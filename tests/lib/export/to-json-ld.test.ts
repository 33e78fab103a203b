import { describe, expect, it } from 'vitest';
import type { PlaceEntry } from '../../../src/lib/domain/index.ts';
import { openingHoursToSpec } from '../../../src/lib/export/opening-hours-spec.ts';
import { placeToJsonLd, priceAmount, serialiseJsonLd, seriesToJsonLd } from '../../../src/lib/export/to-json-ld.ts';
import { fixtureContext } from '../../support/export-context-fixture.ts';
import { fixtureOccurrences, fixturePlaces, FROM_FIXTURE } from '../../support/outputs-fixture.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';

const ctx = fixtureContext();
const occurrences = fixtureOccurrences();

describe('seriesToJsonLd', () => {
  it('describes each date as an Event with its status, place, address, price and organiser', () => {
    const tablette = occurrences.filter((o) => o.title.startsWith('Atelier tablette'));
    const doc = seriesToJsonLd(tablette, ctx) as { '@graph': Record<string, unknown>[] };
    expect(doc['@graph']).toHaveLength(5);
    const [first, cancelled] = doc['@graph'];
    expect(first).toMatchObject({
      '@type': 'Event',
      startDate: '2026-12-01T14:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Médiathèque Jules-Verne',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '2 rue de la Poste',
          postalCode: '35150',
          addressLocality: 'Janzé',
        },
      },
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' },
      organizer: { '@type': 'Organization', name: 'Médiathèque Jules-Verne' },
    });
    expect(cancelled?.['eventStatus']).toBe('https://schema.org/EventCancelled');
  });

  it('gives no offer when the price says no single amount', () => {
    const o = makeOccurrence({
      ...FROM_FIXTURE,
      uid: 'p',
      title: 'x',
      start: '2026-12-02T10:00:00+01:00',
      end: '2026-12-02T11:00:00+01:00',
      price: 'Adhésion',
    });
    const doc = seriesToJsonLd([o], ctx) as { '@graph': Record<string, unknown>[] };
    expect(doc['@graph'][0]).not.toHaveProperty('offers');
    expect(priceAmount('5,50 €')).toBe(5.5);
  });
});

describe('placeToJsonLd', () => {
  it('gives a médiathèque as a Library with its weekly opening hours', () => {
    const doc = placeToJsonLd(fixturePlaces()[0] as PlaceEntry, ctx);
    expect(doc['@type']).toBe('Library');
    expect(doc['telephone']).toBe('02 99 47 00 00');
    expect(doc['openingHoursSpecification']).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Tuesday'], opens: '14:00', closes: '18:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Wednesday'], opens: '10:00', closes: '12:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Wednesday'], opens: '14:00', closes: '18:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Saturday'], opens: '10:00', closes: '12:30' },
    ]);
  });
});

describe('openingHoursToSpec', () => {
  it('expands day ranges and lists', () => {
    expect(openingHoursToSpec('Mo-We,Fr 09:00-12:00')[0]?.dayOfWeek).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Friday',
    ]);
  });

  it('gives no hours rather than wrong ones for rules it cannot express', () => {
    expect(openingHoursToSpec('We[2,4] 09:00-12:00')).toEqual([]);
    expect(openingHoursToSpec('Mo-Fr 09:00-17:00; PH off')).toEqual([]);
  });
});

describe('serialiseJsonLd', () => {
  it('cannot be closed by partner text and parses back to the same data', () => {
    const hostile = { name: '</script><script>alert(1)</script> & \u2028' };
    const json = serialiseJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });
});

describe('placeToJsonLd with facts to confirm', () => {
  it('leaves out hours and phone the partner has not confirmed yet', () => {
    const place = { ...(fixturePlaces()[0] as PlaceEntry), toConfirm: ['openingHours' as const, 'phone' as const] };
    const doc = placeToJsonLd(place, ctx);
    expect(doc).not.toHaveProperty('openingHoursSpecification');
    expect(doc).not.toHaveProperty('telephone');
    expect(doc['email']).toBe('mediatheque@example.org');
    expect(placeToJsonLd({ ...place, toConfirm: true }, ctx)).not.toHaveProperty('email');
  });
});

describe('the JSON-LD of places and events without placeholders', () => {
  it('gives no streetAddress while the address is to confirm, and no sentence saying « à confirmer »', () => {
    const [fablab] = fixturePlaces().filter((p) => p.id === 'fablab-retiers');
    const unsure: PlaceEntry = {
      ...(fablab as PlaceEntry),
      address: { street: 'FabLab (adresse à confirmer)', postalCode: '35240', commune: '35239' },
      toConfirm: ['address', 'openingHours'],
      description: 'Imprimantes 3D et découpe laser. Les horaires sont à confirmer.',
    };
    const ld = placeToJsonLd(unsure, ctx);
    expect(JSON.stringify(ld)).not.toMatch(/confirmer/);
    expect(ld['address']).not.toHaveProperty('streetAddress');
    expect(ld['description']).toBe('Imprimantes 3D et découpe laser.');
  });

  it('gives an event at a stop of the bus the stop as its street, and every organizer a url', () => {
    const bus: PlaceEntry = {
      ...(fixturePlaces()[0] as PlaceEntry),
      id: 'mediatheque-janze',
      website: undefined,
      stops: [
        {
          commune: '35077',
          location: 'Place de l’église',
          coordinates: { lat: 47.85, lon: -1.24 },
          openingHours: 'Tu 14:00-16:30',
        },
      ],
    };
    const withBus = { ...ctx, places: new Map([...ctx.places, [bus.id, bus]]) };
    const stop = makeOccurrence({
      ...FROM_FIXTURE,
      uid: 'bus',
      title: 'Bus France Services à Chelun',
      start: '2026-12-10T14:00:00+01:00',
      end: '2026-12-10T16:30:00+01:00',
      location: 'Place de l’église, Chelun',
      commune: '35077',
    });
    const [event] = (seriesToJsonLd([stop], withBus) as { '@graph': Record<string, Record<string, unknown>>[] })[
      '@graph'
    ];
    expect(event?.['location']).toMatchObject({
      address: { streetAddress: 'Place de l’église', addressLocality: 'Chelun' },
    });
    expect(event?.['organizer']).toMatchObject({ url: 'https://reperes.example.org/lieux/mediatheque-janze/' });
  });
});
