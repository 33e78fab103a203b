import { describe, expect, it } from 'vitest';
import { openIntervals } from '../../../src/lib/places/open-intervals.ts';
import { weeklyHours } from '../../../src/lib/places/weekly-hours.ts';

/** Tuesday 1 December 2026, 9 h in Paris. */
const now = new Date('2026-12-01T09:00:00+01:00');

describe('weeklyHours', () => {
  it('says each open weekday once, Monday first, in French', () => {
    expect(weeklyHours('We 10:00-12:00,14:00-18:00; Tu 14:00-18:30', now)).toEqual([
      { day: 'mardi', hours: '14 h – 18 h 30' },
      { day: 'mercredi', hours: '10 h – 12 h, 14 h – 18 h' },
    ]);
  });

  it('says a day that changes from week to week date by date', () => {
    expect(weeklyHours('We[2,4] 09:00-12:00', now)).toEqual([
      { day: 'mercredi 9 décembre', hours: '9 h – 12 h' },
      { day: 'mercredi 23 décembre', hours: '9 h – 12 h' },
    ]);
  });

  it('writes the first of the month « 1er »', () => {
    expect(weeklyHours('Tu[1,3] 09:30-12:00', now)).toEqual([
      { day: 'mardi 1er décembre', hours: '9 h 30 – 12 h' },
      { day: 'mardi 15 décembre', hours: '9 h 30 – 12 h' },
    ]);
  });

  it('says the weekday once and a public holiday as a closed date', () => {
    expect(weeklyHours('Fr 09:00-12:00; PH off', now)).toEqual([
      { day: 'vendredi', hours: '9 h – 12 h' },
      { day: 'vendredi 25 décembre', hours: 'fermé' },
    ]);
  });

  it('names the value when it cannot be read', () => {
    expect(() => weeklyHours('le mardi après-midi', now)).toThrow(/horaires illisibles « le mardi après-midi »/);
  });
});

describe('openIntervals', () => {
  it('reads the hours in Paris time whatever the machine’s time zone', () => {
    const [first] = openIntervals('Tu 14:00-18:00', now.getTime(), now.getTime() + 86_400_000);
    expect(first?.map((t) => new Date(t).toISOString())).toEqual([
      '2026-12-01T13:00:00.000Z',
      '2026-12-01T17:00:00.000Z',
    ]);
  });

  it('follows summer time', () => {
    const july = Date.parse('2027-07-06T00:00:00+02:00');
    const [first] = openIntervals('Tu 14:00-18:00', july, july + 86_400_000);
    expect(first && new Date(first[0]).toISOString()).toBe('2027-07-06T12:00:00.000Z');
  });
});
