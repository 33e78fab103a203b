import { describe, expect, it } from 'vitest';
import { openIntervals } from '../../../src/lib/places/open-intervals.ts';
import { describeOpenStatus, openStatusAt } from '../../../src/lib/places/open-status.ts';

const at = (iso: string) => Date.parse(iso);
const from = at('2026-11-30T00:00:00+01:00');
const intervals = openIntervals(
  'Tu 14:00-18:00; Th 09:30-12:00; Sa 22:00-24:00; Su 00:00-02:00',
  from,
  from + 28 * 86_400_000,
);
const say = (iso: string) => describeOpenStatus(openStatusAt(intervals, at(iso)), at(iso));

describe('openStatusAt and describeOpenStatus', () => {
  it('says open until the closing time', () => {
    expect(say('2026-12-01T15:00:00+01:00')).toBe('Ouvert maintenant, jusqu’à 18 h');
  });

  it('says when it opens later the same day', () => {
    expect(say('2026-12-01T09:00:00+01:00')).toBe('Fermé, ouvre aujourd’hui à 14 h');
  });

  it('says when it opens tomorrow', () => {
    expect(say('2026-12-02T20:00:00+01:00')).toBe('Fermé, ouvre demain à 9 h 30');
  });

  it('names the weekday within the week', () => {
    expect(say('2026-12-01T18:00:00+01:00')).toBe('Fermé, ouvre jeudi à 9 h 30');
  });

  it('treats an opening across midnight as one', () => {
    expect(say('2026-12-05T23:00:00+01:00')).toBe('Ouvert maintenant, jusqu’à demain 2 h');
  });

  it('gives the date when the next opening is more than a week away', () => {
    const only = openIntervals('Dec 24 10:00-12:00', from, from + 28 * 86_400_000);
    expect(describeOpenStatus(openStatusAt(only, from), from)).toBe('Fermé, ouvre le jeudi 24 décembre à 10 h');
  });

  it('says no opening is announced when none is known, without telling to call nobody in particular', () => {
    expect(describeOpenStatus(openStatusAt([], from), from)).toBe(
      'Aucune ouverture annoncée dans les semaines qui viennent',
    );
  });
});
