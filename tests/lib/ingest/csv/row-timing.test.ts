import { describe, expect, it } from 'vitest';
import { readIsoTimings, readRowTiming, type WhenCells } from '../../../../src/lib/ingest/csv/row-timing.ts';

const cells = (c: Partial<WhenCells>): WhenCells => ({
  date: '',
  start: '',
  end: '',
  endDate: '',
  allDay: false,
  ...c,
});
const when = (c: Partial<WhenCells>) => {
  const result = readRowTiming(cells(c), 'day-first', 'Europe/Paris');
  return result.ok ? [result.timing.start, result.timing.end, result.timing.allDay] : result.message;
};

describe('readRowTiming', () => {
  it('gives summer and winter times their own offset', () => {
    expect(when({ date: '01/07/2026', start: '14h', end: '16h' })).toEqual([
      '2026-07-01T14:00:00+02:00',
      '2026-07-01T16:00:00+02:00',
      false,
    ]);
    expect(when({ date: '03/12/2026', start: '14h' })).toEqual([
      '2026-12-03T14:00:00+01:00',
      '2026-12-03T14:00:00+01:00',
      false,
    ]);
  });

  it('moves a time skipped by the spring change of hour forward, and spans the autumn one', () => {
    expect(when({ date: '29/03/2026', start: '2h30', end: '4h' })).toEqual([
      '2026-03-29T03:30:00+02:00',
      '2026-03-29T04:00:00+02:00',
      false,
    ]);
    expect(when({ date: '25/10/2026', start: '1h', end: '4h' })).toEqual([
      '2026-10-25T01:00:00+02:00',
      '2026-10-25T04:00:00+01:00',
      false,
    ]);
  });

  it('ends an event running past midnight on its end date', () => {
    expect(when({ date: '31/12/2026', start: '21h', endDate: '01/01/2027', end: '1h' })).toEqual([
      '2026-12-31T21:00:00+01:00',
      '2027-01-01T01:00:00+01:00',
      false,
    ]);
  });

  it('reads an end typed with the start, or with the end date', () => {
    expect(when({ date: '03/12/2026', start: 'de 14h à 16h' })).toEqual([
      '2026-12-03T14:00:00+01:00',
      '2026-12-03T16:00:00+01:00',
      false,
    ]);
    expect(when({ date: '03/12/2026 14:00', endDate: '03/12/2026 17:15' })).toEqual([
      '2026-12-03T14:00:00+01:00',
      '2026-12-03T17:15:00+01:00',
      false,
    ]);
  });

  it('makes a row without start time all-day, its end date included', () => {
    expect(when({ date: '03/12/2026' })).toEqual(['2026-12-03', '2026-12-04', true]);
    expect(when({ date: '03/12/2026', endDate: '05/12/2026' })).toEqual(['2026-12-03', '2026-12-06', true]);
    expect(when({ date: '03/12/2026', start: '9h', allDay: true })).toEqual(['2026-12-03', '2026-12-04', true]);
    // A date typed in a date-time column gets midnight: it is still a date.
    expect(when({ date: '03/12/2026 00:00', endDate: '04/12/2026 00:00:00' })).toEqual([
      '2026-12-03',
      '2026-12-05',
      true,
    ]);
    expect(when({ date: '03/12/2026 00:00', start: '14h' })).toEqual([
      '2026-12-03T14:00:00+01:00',
      '2026-12-03T14:00:00+01:00',
      false,
    ]);
  });

  it('rejects what cannot be placed in time, saying why', () => {
    expect(when({ date: '03/12/2026', start: '14h', endDate: '05/12/2026' })).toMatch(/heure de fin est vide/);
    expect(when({ date: '03/12/2026', start: '16h', end: '14h' })).toMatch(
      /la fin \(2026-12-03T14:00:00\+01:00\) est avant le début/,
    );
    expect(when({ date: '05/12/2026', endDate: '03/12/2026' })).toMatch(
      /la fin \(2026-12-03\) est avant le début \(2026-12-05\)/,
    );
    expect(when({ date: '03/12/2026', end: '16h' })).toMatch(/heure de fin est donnée sans heure de début/);
    expect(when({ date: '03/12/2026', endDate: 'bientôt' })).toMatch(/date de fin « bientôt »/);
    expect(when({ date: '03/12/2026', start: '14h', end: '16 heures' })).toMatch(/heure de fin « 16 heures »/);
  });
});

describe('readIsoTimings', () => {
  it('reads every timing of an OpenAgenda cell, in Paris time', () => {
    const timings = readIsoTimings(
      '2026-12-05T09:00:00Z -> 2026-12-05T11:00:00Z | 2026-07-04T10:00:00+02:00 -> 2026-07-04T12:00:00+02:00',
    );
    expect(timings?.map((t) => [t.start, t.end])).toEqual([
      ['2026-12-05T10:00:00+01:00', '2026-12-05T12:00:00+01:00'],
      ['2026-07-04T10:00:00+02:00', '2026-07-04T12:00:00+02:00'],
    ]);
  });

  it('refuses a cell with a timing it cannot read or ending before it starts', () => {
    expect(readIsoTimings('5 décembre 10h')).toBeNull();
    expect(readIsoTimings('2026-12-05T12:00:00+01:00 -> 2026-12-05T10:00:00+01:00')).toBeNull();
    expect(readIsoTimings(' | ')).toBeNull();
  });
});
