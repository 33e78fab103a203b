import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayOf,
  formatDayLabel,
  formatMonth,
  formatMonthTitle,
  formatTime,
  monthName,
  relativeDayOf,
} from '../../../src/lib/format/format-date.ts';

describe('formatDayLabel', () => {
  it('writes the weekday, day and month in French', () => {
    expect(formatDayLabel('2026-12-03')).toBe('jeudi 3 décembre');
  });
  it('writes the first of the month as « 1er »', () => {
    expect(formatDayLabel('2026-12-01')).toBe('mardi 1er décembre');
  });
  it('adds the year only when the day is not in the year of now', () => {
    const now = new Date('2026-12-01T09:00:00+01:00');
    expect(formatDayLabel('2026-12-31', { now })).toBe('jeudi 31 décembre');
    expect(formatDayLabel('2027-01-05', { now })).toBe('mardi 5 janvier 2027');
  });
  it('gives the same label again for the same day, whatever was asked in between', () => {
    const now = new Date('2026-12-01T09:00:00+01:00');
    expect(formatDayLabel('2027-01-05')).toBe('mardi 5 janvier');
    expect(formatDayLabel('2027-01-05', { now })).toBe('mardi 5 janvier 2027');
    expect(formatDayLabel('2027-01-05', { withYear: true })).toBe('mardi 5 janvier 2027');
    expect(formatDayLabel('2027-01-05')).toBe('mardi 5 janvier');
  });
  it('names the right weekday on the days the clocks change', () => {
    expect(formatDayLabel('2026-03-29')).toBe('dimanche 29 mars');
    expect(formatDayLabel('2026-10-25')).toBe('dimanche 25 octobre');
  });
});

describe('formatTime', () => {
  it('writes whole hours as « 14 h » and others as « 14 h 30 », without a leading zero', () => {
    expect(formatTime('2026-12-03T14:00:00+01:00')).toBe('14 h');
    expect(formatTime('2026-12-03T14:30:00+01:00')).toBe('14 h 30');
    expect(formatTime('2026-12-03T09:05:00+01:00')).toBe('9 h 05');
  });
  it('reads every instant in Europe/Paris, whatever offset it was written with', () => {
    expect(formatTime('2026-12-03T13:00:00Z')).toBe('14 h');
    expect(formatTime('2026-07-03T13:00:00Z')).toBe('15 h');
  });
  it('gives the Paris time on both sides of the spring change of hour', () => {
    expect(formatTime('2026-03-29T00:30:00Z')).toBe('1 h 30');
    expect(formatTime('2026-03-29T01:30:00Z')).toBe('3 h 30');
  });
  it('agrees with Intl’s Paris clock at any instant of 2020–2040, changes of hour included', () => {
    const intl = new Intl.DateTimeFormat('fr-FR', {
      timeZone: 'Europe/Paris',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const oracle = (epoch: number) => {
      const parts = Object.fromEntries(intl.formatToParts(epoch).map((p) => [p.type, p.value]));
      const hour = String(Number(parts['hour']));
      return parts['minute'] === '00' ? `${hour} h` : `${hour} h ${parts['minute'] ?? ''}`;
    };
    const instants = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(instants, (epoch) => formatTime(epoch) === oracle(epoch)),
      { numRuns: 2000 },
    );
  });
});

describe('relativeDayOf', () => {
  const now = new Date('2026-12-01T23:30:00+01:00');
  it('says « aujourd’hui » and « demain » by the Paris calendar', () => {
    expect(relativeDayOf('2026-12-01', now)).toBe('aujourd’hui');
    expect(relativeDayOf('2026-12-02', now)).toBe('demain');
    expect(relativeDayOf('2026-12-03', now)).toBeNull();
  });
  it('uses the Paris day when Paris is already on the next day', () => {
    const lateUtc = new Date('2026-12-01T23:30:00Z');
    expect(relativeDayOf('2026-12-02', lateUtc)).toBe('aujourd’hui');
    expect(relativeDayOf('2026-12-01', lateUtc)).toBeNull();
  });
});

describe('months and days', () => {
  it('names months in French', () => {
    expect(monthName(2)).toBe('février');
    expect(monthName(8)).toBe('août');
    expect(formatMonth('2026-12')).toBe('décembre 2026');
    expect(formatMonthTitle('2027-01')).toBe('Janvier 2027');
  });
  it('rejects a month that does not exist', () => {
    expect(() => monthName(13)).toThrow('mois invalide');
  });
  it('finds the Paris day of a late-evening UTC instant', () => {
    expect(dayOf('2026-12-03T23:30:00Z')).toBe('2026-12-04');
    expect(dayOf('2026-12-14')).toBe('2026-12-14');
  });
});
