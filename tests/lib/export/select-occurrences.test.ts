import { describe, expect, it } from 'vitest';
import { calendarOccurrences } from '../../../src/lib/export/select-occurrences.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';

const on = (day: string) => makeOccurrence({ uid: day, start: `${day}T10:00:00+01:00`, end: `${day}T12:00:00+01:00` });
const now = new Date('2026-12-01T09:00:00+01:00');
const occurrences = ['2026-10-20', '2026-11-05', '2026-12-02', '2027-05-30', '2027-06-05', '2027-11-01'].map(on);
const days = (list: { start: string }[]) => list.map((o) => o.start.slice(0, 10));

describe('calendarOccurrences', () => {
  it('keeps the last 30 days and the next six months (183 days) for a subscription', () => {
    expect(days(calendarOccurrences(occurrences, now))).toEqual(['2026-11-05', '2026-12-02', '2027-05-30']);
  });

  it('keeps everything to come for the calendar of one event', () => {
    expect(days(calendarOccurrences(occurrences, now, null))).toEqual([
      '2026-11-05',
      '2026-12-02',
      '2027-05-30',
      '2027-06-05',
      '2027-11-01',
    ]);
  });
});
