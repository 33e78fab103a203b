import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../../../src/lib/domain/index.ts';
import { inferSeriesRule } from '../../../src/lib/export/infer-series-rule.ts';
import { toICalendar } from '../../../src/lib/export/to-icalendar.ts';
import { addDays } from '../../../src/lib/time/calendar-date.ts';
import { toZonedIso, wallTimeToEpoch } from '../../../src/lib/time/zoned-time.ts';
import { fixtureContext } from '../../support/export-context-fixture.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';
import { FROM_FIXTURE } from '../../support/outputs-fixture.ts';
import { expandWithIcalJs, expandWithNodeIcal } from '../../support/read-calendars.ts';

/** An occurrence of the series `uid` on `date` at `hh:mm` Paris wall time (the offset of that day), for `minutes`. */
function at(uid: string, date: string, time = '14:00', minutes = 120, extra: Partial<Occurrence> = {}): Occurrence {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const start = wallTimeToEpoch({ year, month, day, hour, minute, second: 0 });
  return makeOccurrence({
    ...FROM_FIXTURE,
    uid,
    title: 'Permanence numérique',
    start: toZonedIso(start),
    end: toZonedIso(start + minutes * 60_000),
    ...extra,
  });
}

const weekly = (uid: string, from: string, weeks: number, step = 7) =>
  Array.from({ length: weeks }, (_, i) => at(uid, addDays(from, i * step)));

describe('inferSeriesRule', () => {
  it('finds every other Tuesday', () => {
    const layout = inferSeriesRule(weekly('bi', '2026-12-01', 6, 14));
    expect(layout?.rule).toMatchObject({ freq: 'WEEKLY', interval: 2, byDay: ['TU'], count: 6 });
    expect(layout?.exdates).toEqual([]);
  });

  it('finds the bus’s second and fourth Tuesday of the month', () => {
    const dates = ['2026-12-08', '2026-12-22', '2027-01-12', '2027-01-26', '2027-02-09', '2027-02-23'];
    const layout = inferSeriesRule(dates.map((d) => at('bus', d)));
    expect(layout?.rule).toMatchObject({ freq: 'MONTHLY', byDay: ['2TU', '4TU'], count: 6 });
  });

  it('keeps a session moved within its day as an override, and one moved to another day on its own', () => {
    const series = weekly('moved', '2026-12-01', 6);
    series[2] = at('moved', '2026-12-15', '15:00');
    series[4] = at('moved', '2026-12-30');
    const layout = inferSeriesRule(series);
    expect(layout?.overrides.map((o) => [o.recurrenceId, o.occurrence.start])).toEqual([
      ['2026-12-15T14:00:00', '2026-12-15T15:00:00+01:00'],
    ]);
    expect(layout?.exdates).toEqual(['2026-12-29T14:00:00']);
    expect(layout?.singles.map((o) => o.start)).toEqual(['2026-12-30T14:00:00+01:00']);
  });

  it('leaves two dates, or dates without a rule, as occurrences of their own', () => {
    expect(inferSeriesRule(weekly('two', '2026-12-01', 2))).toBeNull();
    const scattered = ['2026-12-01', '2026-12-04', '2026-12-19', '2027-01-02'].map((d) => at('scattered', d));
    expect(inferSeriesRule(scattered)).toBeNull();
  });
});

describe('a calendar of any series, read back by two independent readers', () => {
  const ctx = fixtureContext();
  const meta = { name: 'Essai', description: 'Essai' };
  const from = new Date('2026-01-01T00:00:00Z');
  const to = new Date('2029-01-01T00:00:00Z');

  it('starts the rule at its first date: a Sunday, then three Saturdays four weeks apart (fast-check seed 599850658)', () => {
    const stage = (date: string) =>
      makeOccurrence({ ...FROM_FIXTURE, uid: 'stage', title: 'Stage', start: date, end: addDays(date), allDay: true });
    const series = ['2026-07-12', '2026-08-15', '2026-09-12', '2026-10-10'].map(stage);
    const text = toICalendar(series, meta, ctx);
    for (const read of [expandWithIcalJs, expandWithNodeIcal]) {
      expect(
        read(text, from, to).map((o) => o.start),
        read.name,
      ).toEqual(['2026-07-12', '2026-08-15', '2026-09-12', '2026-10-10']);
    }
    const layout = inferSeriesRule(series);
    expect(layout?.rule).toMatchObject({ freq: 'WEEKLY', interval: 4, byDay: ['SA'], count: 3 });
    expect(layout?.exdates).toEqual([]);
    expect(layout?.singles.map((o) => o.start)).toEqual(['2026-07-12']);
  });

  /** A series: some dates of a weekly grid (any interval), cancelled dates, in-day moves, stray dates, all-day or not. */
  const seriesArbitrary = fc
    .record({
      first: fc.integer({ min: 0, max: 400 }),
      step: fc.constantFrom(1, 7, 14, 21, 28),
      kept: fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
      cancelled: fc.array(fc.nat(39), { maxLength: 4 }),
      moved: fc.array(fc.nat(39), { maxLength: 3 }),
      strays: fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 3 }),
      allDay: fc.boolean(),
    })
    .map(({ first, step, kept, cancelled, moved, strays, allDay }) => {
      const start = addDays('2026-01-05', first);
      const occurrence = (date: string, time = '14:00', extra: Partial<Occurrence> = {}) =>
        allDay
          ? makeOccurrence({
              ...FROM_FIXTURE,
              uid: 'prop',
              title: 'Stage',
              start: date,
              end: addDays(date),
              allDay: true,
              ...extra,
            })
          : at('prop', date, time, 90, extra);
      const dates = kept.flatMap((k, i) => (k ? [addDays(start, i * step)] : []));
      const series = dates.map((d, i) =>
        occurrence(d, moved.includes(i) ? '16:30' : '14:00', cancelled.includes(i) ? { status: 'cancelled' } : {}),
      );
      const taken = new Set(dates);
      for (const s of strays) {
        const date = addDays('2026-01-02', s);
        if (!taken.has(date)) series.push(occurrence(date, '09:15'));
        taken.add(date);
      }
      return series.sort((a, b) => a.start.localeCompare(b.start));
    });

  it('gives back exactly the dates and statuses of the data (ical.js and node-ical)', () => {
    fc.assert(
      fc.property(seriesArbitrary, (series) => {
        const text = toICalendar(series, meta, ctx);
        const expected = series
          .map((o) => ({
            start: o.allDay ? o.start : new Date(o.start).toISOString(),
            end: o.allDay ? o.end : new Date(o.end).toISOString(),
            status: o.status.toUpperCase(),
          }))
          .sort((a, b) => a.start.localeCompare(b.start));
        for (const read of [expandWithIcalJs, expandWithNodeIcal]) {
          const shown = read(text, from, to).map(({ start, end, status }) => ({ start, end, status }));
          expect(shown, read.name).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });
});
