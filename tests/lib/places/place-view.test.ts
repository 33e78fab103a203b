import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TaxonomySchema } from '../../../src/lib/domain/index.ts';
import { contactDirectory, contactOf } from '../../../src/lib/places/contact.ts';
import { toPlaceSummary } from '../../../src/lib/places/place-summary.ts';
import { hoursOf, placeHours, placeWhere, toPlaceView } from '../../../src/lib/places/place-view.ts';
import { root } from '../../support/paths.ts';
import { makePlace } from '../../support/make-place.ts';
import { describeOpenStatus, openStatusAt } from '../../../src/lib/places/open-status.ts';

describe('hoursOf', () => {
  it('knows the next stop of a bus coming twice a month, even when the build is days old', () => {
    const build = new Date('2026-12-01T09:00:00+01:00');
    const { intervals } = hoursOf('Tu[1,3] 09:30-12:00', build, 'places/bus.md');
    const viewed = Date.parse('2026-12-04T15:00:00+01:00');
    expect(describeOpenStatus(openStatusAt(intervals, viewed), viewed)).toBe(
      'Fermé, ouvre le mardi 15 décembre à 9 h 30',
    );
  });

  it('names the place file when its hours cannot be read', () => {
    expect(() => hoursOf('tous les jours', new Date('2026-12-01T09:00:00+01:00'), 'places/x.md')).toThrow(
      /^places\/x\.md : horaires illisibles « tous les jours »/,
    );
  });
});

describe('placeWhere', () => {
  const taxonomy = TaxonomySchema.parse(parse(readFileSync(path.join(root, 'content/taxonomy.yaml'), 'utf8')));
  const lookups = { taxonomy, communeNames: new Map([['35337', 'Thourie']]) };
  const now = new Date('2026-12-01T09:00:00+01:00');
  const viewOf = (place: ReturnType<typeof makePlace>) =>
    toPlaceView(
      {
        place,
        summary: toPlaceSummary(place, lookups),
        hours: placeHours(place, now),
        sessions: [],
        contact: contactOf(place, contactDirectory([place], lookups.communeNames)),
      },
      lookups,
    );
  const stop = {
    commune: '35337',
    location: 'Parking de la mairie',
    coordinates: { lat: 47.85, lon: -1.48 },
    openingHours: 'We 09:00-12:00',
  };

  it('sends to the place itself, its address and hours', () => {
    const view = viewOf(makePlace('mairie', { openingHours: 'Mo 09:00-12:00' }));
    expect(placeWhere(view, null)).toMatchObject({
      stop: undefined,
      address: '1 rue de la Mairie, 35150 35136',
      addressField: 'address',
      hoursField: 'openingHours',
    });
  });

  it('sends to the stop of an itinerant service nearest the resident, with that stop’s hours', () => {
    const view = viewOf(makePlace('bus', { stops: [stop] }));
    const where = placeWhere(view, stop);
    expect(where).toMatchObject({ address: 'Parking de la mairie, Thourie', addressField: 'stops' });
    expect(where.hours?.rows).toEqual([{ day: 'mercredi', hours: '9 h – 12 h' }]);
  });
});
