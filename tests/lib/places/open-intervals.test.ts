import { describe, expect, it } from 'vitest';
import { openIntervals, withPublicHolidays } from '../../../src/lib/places/open-intervals.ts';
import { openStatusAt } from '../../../src/lib/places/open-status.ts';

const at = (iso: string) => new Date(iso).getTime();
const DAY = 86_400_000;
/** The status at an instant, from the intervals of the surrounding days. */
const stateAt = (hours: string, iso: string) =>
  openStatusAt(openIntervals(hours, at(iso) - 2 * DAY, at(iso) + 20 * DAY), at(iso)).state;

describe('withPublicHolidays', () => {
  it('closes on public holidays hours that say nothing about them', () => {
    expect(withPublicHolidays('Mo-Fr 09:00-12:30,13:30-17:30')).toBe('Mo-Fr 09:00-12:30,13:30-17:30; PH off');
    expect(withPublicHolidays('Mo-Sa 08:00-19:00;')).toBe('Mo-Sa 08:00-19:00; PH off');
  });

  it('keeps hours that name public holidays as written', () => {
    expect(withPublicHolidays('Mo-Fr 10:00-12:00; PH 10:00-11:00')).toBe('Mo-Fr 10:00-12:00; PH 10:00-11:00');
    expect(withPublicHolidays('Mo-Fr 10:00-12:00; PH off')).toBe('Mo-Fr 10:00-12:00; PH off');
  });
});

describe('openIntervals', () => {
  it('is closed at 10:00 on Christmas Day and on New Year’s Day, open the working day before', () => {
    const hours = 'Mo-Fr 09:00-12:30,13:30-17:30';
    expect(stateAt(hours, '2026-12-25T10:00:00+01:00')).toBe('closed');
    expect(stateAt(hours, '2027-01-01T10:00:00+01:00')).toBe('closed');
    expect(stateAt(hours, '2026-12-24T10:00:00+01:00')).toBe('open');
  });

  it('is closed on Easter Monday, open the Monday before', () => {
    expect(stateAt('Mo 09:30-12:00', '2027-03-29T10:00:00+02:00')).toBe('closed');
    expect(stateAt('Mo 09:30-12:00', '2027-03-22T10:00:00+01:00')).toBe('open');
  });

  it('opens on a public holiday when the hours say so', () => {
    expect(stateAt('Mo-Fr 09:00-12:00; PH 10:00-11:00', '2026-12-25T10:30:00+01:00')).toBe('open');
  });

  it('closes in the school holidays of the académie de Rennes when the hours say so', () => {
    const hours = 'Mo-Fr 14:00-18:00; SH off';
    expect(stateAt(hours, '2026-12-22T15:00:00+01:00')).toBe('closed'); // vacances de Noël, zone B
    expect(stateAt(hours, '2026-12-15T15:00:00+01:00')).toBe('open');
  });
});
