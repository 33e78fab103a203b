import { describe, expect, it } from 'vitest';
import { compactDates } from '../../../src/lib/export/compact-dates.ts';

const now = new Date('2026-12-01T09:00:00+01:00');
const d = (date: string, cancelled = false) => ({ date, cancelled });

describe('compactDates', () => {
  it('writes the dates of a weekly series once per month, with the weekday once', () => {
    expect(compactDates([d('2026-12-01'), d('2026-12-08', true), d('2026-12-15')], now)).toEqual([
      'les mardis 1er, 8 (annulé) et 15 décembre',
    ]);
  });

  it('writes a single date of a month with its weekday and the year when it is not this year', () => {
    expect(compactDates([d('2026-12-05'), d('2027-01-09')], now)).toEqual([
      'le samedi 5 décembre',
      'le samedi 9 janvier 2027',
    ]);
  });

  it('abbreviates the weekdays when they differ', () => {
    expect(compactDates([d('2026-12-01'), d('2026-12-02'), d('2026-12-04')], now)).toEqual([
      'décembre : mar. 1er, mer. 2, ven. 4',
    ]);
  });
});
