import { describe, expect, it } from 'vitest';
import { formatTimeInDay, formatTimeRange, formatWhen, lastDayOf } from '../../../src/lib/format/format-when.ts';

const timed = (start: string, end: string) => ({ start, end, allDay: false });
const allDay = (start: string, end: string) => ({ start, end, allDay: true });

describe('formatWhen', () => {
  it('writes an afternoon workshop as « mercredi 2 décembre, 14 h – 16 h »', () => {
    expect(formatWhen(timed('2026-12-02T14:00:00+01:00', '2026-12-02T16:00:00+01:00'))).toBe(
      'mercredi 2 décembre, 14 h – 16 h',
    );
  });
  it('writes one time when the occurrence has no duration', () => {
    expect(formatWhen(timed('2026-12-02T14:30:00+01:00', '2026-12-02T14:30:00+01:00'))).toBe(
      'mercredi 2 décembre, 14 h 30',
    );
  });
  it('writes a one-day all-day occurrence as « toute la journée »', () => {
    expect(formatWhen(allDay('2026-12-14', '2026-12-15'))).toBe('lundi 14 décembre, toute la journée');
  });
  it('writes an all-day range with its last day, the end being exclusive', () => {
    expect(formatWhen(allDay('2026-12-14', '2026-12-17'))).toBe('du lundi 14 au mercredi 16 décembre');
  });
  it('writes both months when an all-day range crosses a month', () => {
    expect(formatWhen(allDay('2026-11-30', '2026-12-03'))).toBe('du lundi 30 novembre au mercredi 2 décembre');
  });
  it('writes a timed occurrence over two days with both days and times', () => {
    expect(formatWhen(timed('2026-12-03T14:30:00+01:00', '2026-12-04T12:00:00+01:00'))).toBe(
      'du jeudi 3 décembre, 14 h 30 au vendredi 4 décembre, 12 h',
    );
  });
  it('keeps Paris hours on the day summer time starts', () => {
    expect(formatWhen(timed('2026-03-29T01:00:00+01:00', '2026-03-29T04:00:00+02:00'))).toBe(
      'dimanche 29 mars, 1 h – 4 h',
    );
  });
  it('adds the year of next year’s dates', () => {
    const now = new Date('2026-12-01T09:00:00+01:00');
    expect(formatWhen(timed('2027-01-05T09:00:00+01:00', '2027-01-05T12:00:00+01:00'), { now })).toBe(
      'mardi 5 janvier 2027, 9 h – 12 h',
    );
  });
});

describe('formatTimeRange and formatTimeInDay', () => {
  it('gives only the times under a day heading', () => {
    expect(formatTimeRange(timed('2026-12-02T09:00:00+01:00', '2026-12-02T12:30:00+01:00'))).toBe('9 h – 12 h 30');
    expect(formatTimeRange(allDay('2026-12-02', '2026-12-03'))).toBe('toute la journée');
  });
  it('says until when an occurrence over several days lasts', () => {
    expect(formatTimeInDay(allDay('2026-12-14', '2026-12-17'))).toBe('jusqu’au mercredi 16 décembre');
    expect(formatTimeInDay(timed('2026-12-03T14:00:00+01:00', '2026-12-04T12:00:00+01:00'))).toBe(
      '14 h, jusqu’au vendredi 4 décembre',
    );
  });
});

describe('lastDayOf', () => {
  it('is the day before the exclusive end of an all-day occurrence', () => {
    expect(lastDayOf(allDay('2026-12-14', '2026-12-15'))).toBe('2026-12-14');
  });
  it('is the Paris day of the end of a timed occurrence', () => {
    expect(lastDayOf(timed('2026-12-03T22:00:00+01:00', '2026-12-03T23:30:00Z'))).toBe('2026-12-04');
  });
});
