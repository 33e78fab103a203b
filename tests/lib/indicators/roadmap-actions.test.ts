import { describe, expect, it } from 'vitest';
import { CarriedBySchema } from '../../../src/lib/domain/index.ts';
import {
  checkWeeklyTargets,
  nextMonday,
  occurrencesForAction,
  placesForAction,
} from '../../../src/lib/indicators/roadmap-actions.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';
import { makePlace } from '../../support/make-place.ts';

const kinds = new Map([
  ['fablab-janze', 'fablab'],
  ['fablab-retiers', 'fablab'],
  ['mediatheque-eance', 'mediatheque'],
]);
const openlab = (
  uid: string,
  placeId: string,
  start: string,
  end: string,
  status: 'confirmed' | 'cancelled' = 'confirmed',
) => makeOccurrence({ uid, title: 'OpenLab – FabLab', placeId, start, end, status, themes: ['fabrication'] });

describe('occurrencesForAction', () => {
  const events = [
    openlab('o1', 'fablab-janze', '2026-12-08T14:00:00+01:00', '2026-12-08T18:00:00+01:00'),
    makeOccurrence({
      uid: 'e1',
      title: 'FabLab éphémère : impression 3D',
      placeId: 'mediatheque-eance',
      start: '2026-12-09T14:00:00+01:00',
      end: '2026-12-09T16:00:00+01:00',
      themes: ['fabrication'],
    }),
    makeOccurrence({
      uid: 's1',
      title: 'Stage vacances : robotique',
      placeId: 'fablab-retiers',
      start: '2026-12-21T10:00:00+01:00',
      end: '2026-12-21T16:00:00+01:00',
      themes: ['fabrication'],
      publics: ['jeunes'],
    }),
    makeOccurrence({
      uid: 'p1',
      title: 'Cybersécurité pour les TPE',
      placeId: null,
      start: '2026-12-10T09:00:00+01:00',
      end: '2026-12-10T12:00:00+01:00',
      themes: ['securite'],
      publics: ['professionnels'],
    }),
    makeOccurrence({
      uid: 'x1',
      title: 'Un openlabyrinthe',
      placeId: 'fablab-janze',
      start: '2026-12-11T09:00:00+01:00',
      end: '2026-12-11T10:00:00+01:00',
    }),
  ];
  const titles = (carriedBy: Record<string, unknown>) =>
    occurrencesForAction({ carriedBy: CarriedBySchema.parse(carriedBy) }, events, kinds).map((o) => o.title);

  it('matches whole title words without case or accents, at places of the kinds given', () => {
    expect(titles({ placeKinds: ['fablab'], keywords: ['openlab', 'open lab'] })).toEqual(['OpenLab – FabLab']);
    expect(titles({ keywords: ['éphémère'] })).toEqual(['FabLab éphémère : impression 3D']);
    expect(titles({ placeKinds: ['fablab'], keywords: ['stage'] })).toEqual(['Stage vacances : robotique']);
  });

  it('requires every criterion given, any value within one', () => {
    expect(titles({ publics: ['professionnels', 'etudiants'] })).toEqual(['Cybersécurité pour les TPE']);
    expect(titles({ themes: ['fabrication'], publics: ['jeunes'] })).toEqual(['Stage vacances : robotique']);
    expect(titles({ placeKinds: ['mediatheque'] })).toEqual(['FabLab éphémère : impression 3D']);
  });

  it('carries nothing when the data cannot say (no carriedBy)', () => {
    expect(occurrencesForAction({}, events, kinds)).toEqual([]);
  });
});

describe('placesForAction', () => {
  it('takes the places whose file names the action and those of a kind it maps to', () => {
    const places = [
      makePlace('a', { kind: 'fablab' }),
      makePlace('b', { kind: 'mediatheque', actions: [9] }),
      makePlace('c', { kind: 'mediatheque' }),
    ];
    const action = { id: 9, carriedBy: CarriedBySchema.parse({ placeKinds: ['fablab'] }) };
    expect(placesForAction(action, places).map((p) => p.id)).toEqual(['a', 'b']);
    expect(placesForAction({ id: 5 }, places)).toEqual([]);
  });
});

describe('nextMonday', () => {
  it('gives the Monday of the first full week after today', () => {
    expect(nextMonday(new Date('2026-12-01T09:00:00+01:00'))).toBe('2026-12-07'); // a Tuesday
    expect(nextMonday(new Date('2026-12-07T09:00:00+01:00'))).toBe('2026-12-14'); // a Monday
    expect(nextMonday(new Date('2026-12-06T23:30:00+01:00'))).toBe('2026-12-07'); // a Sunday night in Paris
  });
});

describe('checkWeeklyTargets', () => {
  it('sums each full week’s hours at the target’s place, cancelled sessions left out, and their mean', () => {
    const now = new Date('2026-12-01T09:00:00+01:00');
    const sessions = [
      // Week of 7 December: 4 h + 3 h = 7 h at Janzé; 2 h at Retiers.
      openlab('j1', 'fablab-janze', '2026-12-08T14:00:00+01:00', '2026-12-08T18:00:00+01:00'),
      openlab('j2', 'fablab-janze', '2026-12-12T14:00:00+01:00', '2026-12-12T17:00:00+01:00'),
      openlab('r1', 'fablab-retiers', '2026-12-09T14:00:00+01:00', '2026-12-09T16:00:00+01:00'),
      // Week of 14 December: 4 h at Janzé, and a cancelled 4 h.
      openlab('j3', 'fablab-janze', '2026-12-15T14:00:00+01:00', '2026-12-15T18:00:00+01:00'),
      openlab('j4', 'fablab-janze', '2026-12-16T14:00:00+01:00', '2026-12-16T18:00:00+01:00', 'cancelled'),
      // This week (before the first full one): not counted.
      openlab('j0', 'fablab-janze', '2026-12-02T14:00:00+01:00', '2026-12-02T18:00:00+01:00'),
    ];
    const [janze, retiers] = checkWeeklyTargets(
      [
        { place: 'fablab-janze', hours: 21 },
        { place: 'fablab-retiers', hours: 9, before: 6 },
      ],
      sessions,
      now,
      2,
    );
    expect(janze?.weeks).toEqual([
      { monday: '2026-12-07', minutes: 420 },
      { monday: '2026-12-14', minutes: 240 },
    ]);
    expect(janze?.averageMinutes).toBe(330); // (420 + 240) / 2 = 5 h 30 a week
    expect(retiers?.weeks.map((w) => w.minutes)).toEqual([120, 0]);
    expect(retiers?.averageMinutes).toBe(60);
    expect(retiers?.target.before).toBe(6);
  });
});
