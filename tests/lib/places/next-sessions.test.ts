import { describe, expect, it } from 'vitest';
import { seriesSlugIndex } from '../../../src/lib/agenda/series.ts';
import { nextSessions } from '../../../src/lib/places/next-sessions.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';

const now = new Date('2026-12-01T09:00:00+01:00');
const upcoming = [
  makeOccurrence({
    uid: 'cafe',
    title: 'Café numérique',
    start: '2026-12-02T10:00:00+01:00',
    end: '2026-12-02T12:00:00+01:00',
  }),
  makeOccurrence({
    uid: 'tablette',
    title: 'Atelier tablette',
    themes: ['bases'],
    status: 'cancelled',
    start: '2026-12-03T14:00:00+01:00',
    end: '2026-12-03T16:00:00+01:00',
  }),
  makeOccurrence({
    uid: 'cafe',
    title: 'Café numérique',
    start: '2026-12-09T10:00:00+01:00',
    end: '2026-12-09T12:00:00+01:00',
  }),
];
const context = { now, slugs: seriesSlugIndex(upcoming) };

describe('nextSessions', () => {
  it('takes the first sessions of an indexed list, linked to their series page', () => {
    const sessions = nextSessions(upcoming, context, 2);
    expect(sessions.map((s) => [s.title, s.when, s.cancelled])).toEqual([
      ['Café numérique', 'mercredi 2 décembre, 10 h – 12 h', false],
      ['Atelier tablette', 'jeudi 3 décembre, 14 h – 16 h', true],
    ]);
    expect(sessions[0]?.href).toMatch(/^\/evenements\/cafe-numerique-[0-9a-f]+\/$/);
  });

  it('keeps only what the test keeps, up to the limit', () => {
    const sessions = nextSessions(upcoming, context, 5, (o) => o.themes.includes('bases'));
    expect(sessions.map((s) => s.title)).toEqual(['Atelier tablette']);
  });
});
