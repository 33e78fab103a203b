import { describe, expect, it } from 'vitest';
import {
  addFigures,
  cancelledShare,
  sessionMinutes,
  startingBetween,
  tallyOccurrences,
} from '../../../src/lib/indicators/tally.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';

/** The value, which the test's data guarantees. */
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('valeur attendue');
  return value;
}

/*
 * A hand-made week at two communes (Janzé 35136, Retiers 35239):
 *  a  Janzé,   14:00–16:00 (120 min), themes bases + securite, axes 2 + 5, no public
 *  b  Janzé,   10:00–11:30 (90 min),  theme bases, axis 2, seniors
 *  c  Retiers, 09:00–12:00, CANCELLED, theme demarches, axes 2 + 4
 *  d  Retiers, all day (no hours),    theme fabrication, axis 5, jeunes + familles
 *  e  no commune, 18:00–19:00 (60 min), no theme, no axis
 */
const week = [
  makeOccurrence({
    uid: 'a',
    start: '2026-12-01T14:00:00+01:00',
    end: '2026-12-01T16:00:00+01:00',
    themes: ['bases', 'securite'],
    axes: [2, 5],
  }),
  makeOccurrence({
    uid: 'b',
    start: '2026-12-02T10:00:00+01:00',
    end: '2026-12-02T11:30:00+01:00',
    themes: ['bases'],
    axes: [2],
    publics: ['seniors'],
  }),
  makeOccurrence({
    uid: 'c',
    start: '2026-12-03T09:00:00+01:00',
    end: '2026-12-03T12:00:00+01:00',
    status: 'cancelled',
    commune: '35239',
    themes: ['demarches'],
    axes: [2, 4],
  }),
  makeOccurrence({
    uid: 'd',
    start: '2026-12-04',
    end: '2026-12-05',
    commune: '35239',
    themes: ['fabrication'],
    axes: [5],
    publics: ['jeunes', 'familles'],
  }),
  makeOccurrence({ uid: 'e', start: '2026-12-05T18:00:00+01:00', end: '2026-12-05T19:00:00+01:00', commune: null }),
];

describe('sessionMinutes', () => {
  it('counts the minutes of a session within one day, none for all-day or multi-day ones', () => {
    expect(sessionMinutes(defined(week[0]))).toBe(120);
    expect(sessionMinutes(defined(week[3]))).toBeNull();
    expect(
      sessionMinutes({ start: '2026-12-01T09:00:00+01:00', end: '2026-12-03T17:00:00+01:00', allDay: false }),
    ).toBeNull();
  });

  it('counts real minutes across the change of hour', () => {
    // 25 October 2026: clocks go back at 3:00; 01:30 (+02:00) to 03:30 (+01:00) lasts three hours.
    expect(
      sessionMinutes({ start: '2026-10-25T01:30:00+02:00', end: '2026-10-25T03:30:00+01:00', allDay: false }),
    ).toBe(180);
  });
});

describe('tallyOccurrences', () => {
  const figures = tallyOccurrences(week);

  it('counts sessions, their minutes, the untimed and the cancelled apart', () => {
    // 4 held (a, b, d, e); minutes 120 + 90 + 60 = 270; d untimed; c cancelled.
    expect(figures.total).toEqual({ sessions: 4, minutes: 270, untimed: 1, cancelled: 1 });
  });

  it('counts each occurrence in its commune, « inconnue » without one', () => {
    expect(figures.communes).toEqual({
      '35136': { sessions: 2, minutes: 210, untimed: 0, cancelled: 0 },
      '35239': { sessions: 1, minutes: 0, untimed: 1, cancelled: 1 },
      inconnue: { sessions: 1, minutes: 60, untimed: 0, cancelled: 0 },
    });
  });

  it('counts an occurrence under each of its themes, « aucun » without one', () => {
    expect(figures.themes['bases']).toEqual({ sessions: 2, minutes: 210, untimed: 0, cancelled: 0 });
    expect(figures.themes['securite']).toEqual({ sessions: 1, minutes: 120, untimed: 0, cancelled: 0 });
    expect(figures.themes['demarches']).toEqual({ sessions: 0, minutes: 0, untimed: 0, cancelled: 1 });
    expect(figures.themes['aucun']).toEqual({ sessions: 1, minutes: 60, untimed: 0, cancelled: 0 });
  });

  it('counts an occurrence without public as « tout public », and under each public named', () => {
    expect(figures.publics['tout-public']).toEqual({ sessions: 2, minutes: 180, untimed: 0, cancelled: 1 });
    expect(figures.publics['seniors']?.minutes).toBe(90);
    expect(figures.publics['jeunes']).toEqual({ sessions: 1, minutes: 0, untimed: 1, cancelled: 0 });
    expect(figures.publics['familles']).toEqual(figures.publics['jeunes']);
  });

  it('counts an occurrence under each of its axes', () => {
    expect(figures.axes['2']).toEqual({ sessions: 2, minutes: 210, untimed: 0, cancelled: 1 });
    expect(figures.axes['4']).toEqual({ sessions: 0, minutes: 0, untimed: 0, cancelled: 1 });
    expect(figures.axes['5']).toEqual({ sessions: 2, minutes: 120, untimed: 1, cancelled: 0 });
    expect(figures.axes['aucun']?.sessions).toBe(1);
  });

  it('gives the cancelled share: 1 cancelled out of 5 occurrences', () => {
    expect(cancelledShare(figures.total)).toBe(0.2);
    expect(cancelledShare({ sessions: 0, minutes: 0, untimed: 0, cancelled: 0 })).toBe(0);
  });
});

describe('addFigures', () => {
  it('adds two periods key by key, keys of either side kept', () => {
    const first = tallyOccurrences(week.slice(0, 2));
    const rest = tallyOccurrences(week.slice(2));
    expect(addFigures(first, rest)).toEqual(tallyOccurrences(week));
  });
});

describe('startingBetween', () => {
  it('keeps occurrences whose Paris day of start is in [from, to)', () => {
    const late = makeOccurrence({ uid: 'late', start: '2026-12-31T23:30:00+01:00', end: '2027-01-01T00:30:00+01:00' });
    expect(startingBetween([...week, late], '2026-12-02', '2026-12-05').map((o) => o.start)).toEqual([
      '2026-12-02T10:00:00+01:00',
      '2026-12-03T09:00:00+01:00',
      '2026-12-04',
    ]);
    expect(startingBetween([late], '2026-12-31', '2027-01-01')).toHaveLength(1);
  });
});
