import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../../../src/lib/time/calendar-date.ts';
import { parseDateText, parseTimeRange, parseTimeText, provenDateOrder } from '../../../../src/lib/ingest/csv/dates.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** Any real calendar day between 1990 and 2099. */
const calendarDay = fc
  .record({
    year: fc.integer({ min: 1990, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter((d) => d.day <= daysInMonth(d.year, d.month));
const clock = fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) });

describe('parseDateText', () => {
  it('reads French, ISO and two-digit-year dates', () => {
    expect(parseDateText('03/12/2026')).toEqual({ date: { year: 2026, month: 12, day: 3 }, time: null });
    expect(parseDateText('3/12/26')?.date).toEqual({ year: 2026, month: 12, day: 3 });
    expect(parseDateText('2026-12-03')?.date).toEqual({ year: 2026, month: 12, day: 3 });
    expect(parseDateText(' 03.12.2026 ')?.date).toEqual({ year: 2026, month: 12, day: 3 });
  });

  it('reads a date and a time in one cell', () => {
    const at1430 = { date: { year: 2026, month: 12, day: 3 }, time: { hour: 14, minute: 30 } };
    for (const text of [
      '03/12/2026 14:30',
      '2026-12-03T14:30',
      '2026-12-03 14:30',
      '2026-12-03T14:30:00',
      '03/12/2026 à 14h30',
    ]) {
      expect(parseDateText(text), text).toEqual(at1430);
    }
  });

  it('reads dates written in French words, with or without the weekday and a time', () => {
    expect(parseDateText('jeudi 3 décembre 2026')).toEqual({ date: { year: 2026, month: 12, day: 3 }, time: null });
    expect(parseDateText('1er déc. 2026 à 14h30')).toEqual({
      date: { year: 2026, month: 12, day: 1 },
      time: { hour: 14, minute: 30 },
    });
    expect(parseDateText('15 AOÛT 2027')?.date).toEqual({ year: 2027, month: 8, day: 15 });
    expect(parseDateText('3 brumaire 2026')).toBeNull();
    expect(parseDateText('31 novembre 2026')).toBeNull();
  });

  it('refuses days that do not exist and text that is not a date', () => {
    for (const text of [
      '31/11/2026',
      '29/02/2027',
      '00/01/2026',
      '12/13/2026',
      'demain',
      '2026-12',
      '03/12/2026 25:00',
      '',
    ]) {
      expect(parseDateText(text), text).toBeNull();
    }
    expect(parseDateText('29/02/2028')?.date).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it('reads month first when told to (Google Calendar CSV)', () => {
    expect(parseDateText('04/13/2013', 'month-first')?.date).toEqual({ year: 2013, month: 4, day: 13 });
  });

  it('gives the same day for any date written dd/mm/yyyy, d/m/yyyy and yyyy-mm-dd', () => {
    fc.assert(
      fc.property(calendarDay, ({ year, month, day }) => {
        const french = parseDateText(`${pad(day)}/${pad(month)}/${year}`);
        expect(french?.date).toEqual({ year, month, day });
        expect(parseDateText(`${day}/${month}/${year}`)).toEqual(french);
        expect(parseDateText(`${year}-${pad(month)}-${pad(day)}`)).toEqual(french);
        expect(parseDateText(`${pad(month)}/${pad(day)}/${year}`, 'month-first')).toEqual(french);
      }),
    );
  });

  it('reads a two-digit year as this century', () => {
    fc.assert(
      fc.property(
        calendarDay.filter((d) => d.year >= 2000),
        ({ year, month, day }) => {
          expect(parseDateText(`${pad(day)}/${pad(month)}/${pad(year % 100)}`)?.date).toEqual({ year, month, day });
        },
      ),
    );
  });
});

describe('parseTimeText', () => {
  it('reads the ways people write a time', () => {
    const cases: Array<[string, number, number]> = [
      ['14h', 14, 0],
      ['14h30', 14, 30],
      ['14 h 30', 14, 30],
      ['14H30', 14, 30],
      ['14:30', 14, 30],
      ['9:30', 9, 30],
      ['09h00', 9, 0],
      ['14:30:00', 14, 30],
      ['7:30 PM', 19, 30],
      ['12:00 AM', 0, 0],
      ['12:15 pm', 12, 15],
      ['7:15:00 PM', 19, 15],
    ];
    for (const [text, hour, minute] of cases) expect(parseTimeText(text), text).toEqual({ hour, minute });
  });

  it('refuses what is not a time of day', () => {
    for (const text of ['24h', '14h60', '13:00 PM', 'midi', '14', '', '1430'])
      expect(parseTimeText(text), text).toBeNull();
  });

  it('reads any time written 14h30, 14:30, 14 h 30 or 2:30 PM alike', () => {
    fc.assert(
      fc.property(clock, ({ hour, minute }) => {
        const expected = { hour, minute };
        expect(parseTimeText(`${hour}h${pad(minute)}`)).toEqual(expected);
        expect(parseTimeText(`${pad(hour)}:${pad(minute)}`)).toEqual(expected);
        expect(parseTimeText(`${hour} h ${pad(minute)}`)).toEqual(expected);
        const h12 = hour % 12 === 0 ? 12 : hour % 12;
        expect(parseTimeText(`${h12}:${pad(minute)} ${hour < 12 ? 'AM' : 'PM'}`)).toEqual(expected);
      }),
    );
  });
});

describe('parseTimeRange', () => {
  it('reads a start and an end typed in one cell', () => {
    const range = { start: { hour: 14, minute: 0 }, end: { hour: 16, minute: 30 } };
    for (const text of ['14h-16h30', '14h - 16h30', 'de 14h à 16h30', '14:00 – 16:30'])
      expect(parseTimeRange(text), text).toEqual(range);
    expect(parseTimeRange('14h')).toEqual({ start: { hour: 14, minute: 0 }, end: null });
    expect(parseTimeRange('14h-')).toBeNull();
  });
});

describe('provenDateOrder', () => {
  it('finds the order a day above 12 proves, and none when the dates read both ways or contradict', () => {
    expect(provenDateOrder(['03/04/2026', '13/04/2026'])).toBe('day-first');
    expect(provenDateOrder(['04/13/2013', '04/10/2013'])).toBe('month-first');
    expect(provenDateOrder(['03/04/2026', '2026-12-13'])).toBeNull();
    expect(provenDateOrder(['13/04/2026', '04/13/2026'])).toBeNull();
  });
});

describe('parseDateText with an ISO 8601 offset', () => {
  it('reads the instant and gives its day and time on the clocks of the feed’s zone', () => {
    const at = (date: string, hour: number, minute: number) => {
      const [year, month, day] = date.split('-').map(Number);
      return { date: { year, month, day }, time: { hour, minute } };
    };
    expect(parseDateText('2027-03-17T14:30:00+01:00')).toEqual(at('2027-03-17', 14, 30));
    expect(parseDateText('2027-03-17T13:30:00Z')).toEqual(at('2027-03-17', 14, 30));
    expect(parseDateText('2027-07-17T12:30:00.000Z')).toEqual(at('2027-07-17', 14, 30));
    expect(parseDateText('2027-03-17T23:30:00Z')).toEqual(at('2027-03-18', 0, 30));
    expect(parseDateText('2027-03-17T14:30-0400', 'day-first', 'America/New_York')).toEqual(at('2027-03-17', 14, 30));
    expect(parseDateText('2027-03-17T25:30:00Z')).toBeNull();
  });
});
