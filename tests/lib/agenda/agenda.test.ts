import { describe, expect, it } from 'vitest';
import {
  buildSeries,
  collapseSeries,
  dayHeading,
  filterOccurrences,
  groupByDay,
  monthsPresent,
  occurrencesByMonth,
  occurrencesInMonth,
  paginateDays,
  seriesSlug,
  seriesTitleOf,
  upcomingOccurrences,
} from '../../../src/lib/agenda/index.ts';
import { relativeDayOf } from '../../../src/lib/format/format-date.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';

const now = new Date('2026-12-01T09:00:00+01:00');
const at = (day: string, from: string, to: string, fields = {}) =>
  makeOccurrence({ start: `${day}T${from}:00+01:00`, end: `${day}T${to}:00+01:00`, ...fields });

describe('upcomingOccurrences', () => {
  it('keeps what has not ended yet, including what is running now, sorted by start', () => {
    const ended = at('2026-12-01', '07:00', '08:30', { uid: 'a' });
    const running = at('2026-12-01', '08:30', '10:00', { uid: 'b' });
    const later = at('2026-12-05', '14:00', '16:00', { uid: 'c' });
    expect(upcomingOccurrences([later, ended, running], now).map((o) => o.id)).toEqual([running.id, later.id]);
  });
  it('keeps an all-day occurrence until the midnight of its exclusive end', () => {
    const today = makeOccurrence({ uid: 'd', start: '2026-12-01', end: '2026-12-02' });
    const yesterday = makeOccurrence({ uid: 'e', start: '2026-11-30', end: '2026-12-01' });
    expect(upcomingOccurrences([today, yesterday], now)).toEqual([today]);
  });
  it('keeps cancelled occurrences so they can be shown as cancelled', () => {
    const cancelled = at('2026-12-02', '14:00', '16:00', { status: 'cancelled' });
    expect(upcomingOccurrences([cancelled], now)).toEqual([cancelled]);
  });
});

describe('groupByDay', () => {
  it('groups by Paris day with French labels, dates only (today is said by the browser)', () => {
    const items = [
      at('2026-12-01', '14:00', '16:00', { uid: 'a' }),
      at('2026-12-02', '10:00', '12:00', { uid: 'b' }),
      at('2026-12-02', '14:00', '16:00', { uid: 'c' }),
      at('2026-12-09', '14:00', '16:00', { uid: 'd' }),
    ];
    const days = groupByDay(items, { timeZone: 'Europe/Paris', now });
    expect(days.map((d) => [d.date, d.label, d.items.length])).toEqual([
      ['2026-12-01', 'mardi 1er décembre', 1],
      ['2026-12-02', 'mercredi 2 décembre', 2],
      ['2026-12-09', 'mercredi 9 décembre', 1],
    ]);
    expect(days.map((d) => JSON.stringify(d))).not.toContainEqual(expect.stringMatching(/aujourd|demain/));
  });
  it('puts a late-evening occurrence on its Paris day, not its UTC day', () => {
    const late = makeOccurrence({ start: '2026-12-03T23:30:00Z', end: '2026-12-04T00:30:00Z' });
    expect(groupByDay([late], { now }).map((d) => d.date)).toEqual(['2026-12-04']);
  });
  it('lists a multi-day occurrence that started before today under today, once', () => {
    const week = makeOccurrence({ start: '2026-11-30', end: '2026-12-05' });
    const days = groupByDay([week], { now });
    expect(days).toHaveLength(1);
    expect(days[0]?.date).toBe('2026-12-01');
  });
  it('places the day after the autumn change of hour correctly', () => {
    const autumn = new Date('2026-10-24T12:00:00+02:00');
    const sunday = makeOccurrence({ start: '2026-10-25T23:30:00+01:00', end: '2026-10-25T23:45:00+01:00' });
    expect(groupByDay([sunday], { now: autumn }).map((d) => [d.date, d.label])).toEqual([
      ['2026-10-25', 'dimanche 25 octobre'],
    ]);
  });
});

describe('dayHeading', () => {
  it('writes the date, capitalised, and names today or tomorrow when the reader’s clock says so', () => {
    expect(dayHeading('mardi 1er décembre', null)).toBe('Mardi 1er décembre');
    expect(dayHeading('mardi 1er décembre', 'aujourd’hui')).toBe('Aujourd’hui – mardi 1er décembre');
    expect(dayHeading('mercredi 2 décembre', relativeDayOf('2026-12-02', now))).toBe('Demain – mercredi 2 décembre');
  });
});

describe('months', () => {
  it('lists months from the current one, each month a multi-day occurrence covers', () => {
    const old = makeOccurrence({ uid: 'old', start: '2026-11-20', end: '2026-12-03' });
    const long = makeOccurrence({ uid: 'long', start: '2026-12-28', end: '2027-01-03' });
    const march = at('2027-03-02', '10:00', '12:00', { uid: 'm' });
    expect(monthsPresent([march, long, old], now)).toEqual(['2026-12', '2027-01', '2027-03']);
  });
  it('selects the occurrences overlapping a month', () => {
    const long = makeOccurrence({ uid: 'long', start: '2026-12-28', end: '2027-01-03' });
    const dec = at('2026-12-10', '10:00', '12:00', { uid: 'd' });
    const jan = at('2027-01-10', '10:00', '12:00', { uid: 'j' });
    expect(occurrencesInMonth([long, dec, jan], '2027-01')).toEqual([long, jan]);
    expect(occurrencesInMonth([long, dec, jan], '2026-12')).toEqual([long, dec]);
  });
  it('indexes every month at once as occurrencesInMonth selects each, ending in a midnight included', () => {
    const long = makeOccurrence({ uid: 'long', start: '2026-12-28', end: '2027-01-03' });
    const night = makeOccurrence({ uid: 'n', start: '2027-01-31T22:00:00+01:00', end: '2027-02-01T00:30:00+01:00' });
    const allDay = makeOccurrence({ uid: 'a', start: '2027-02-28', end: '2027-03-01' });
    const list = [long, at('2026-12-10', '10:00', '12:00', { uid: 'd' }), night, allDay];
    const byMonth = occurrencesByMonth(list);
    expect([...byMonth.keys()]).toEqual(['2026-12', '2027-01', '2027-02']);
    for (const month of byMonth.keys()) expect(byMonth.get(month)).toEqual(occurrencesInMonth(list, month));
  });
});

describe('series', () => {
  it('names a series by its most frequent title, whatever the order', () => {
    const titles = [
      { title: 'Atelier tablette' },
      { title: 'Atelier tablette (complet)' },
      { title: 'Atelier tablette' },
    ];
    expect(seriesTitleOf(titles)).toBe('Atelier tablette');
    expect(seriesTitleOf([...titles].reverse())).toBe('Atelier tablette');
  });
  it('breaks a tie between titles the same way every time', () => {
    expect(seriesTitleOf([{ title: 'B' }, { title: 'A' }])).toBe('A');
    expect(seriesTitleOf([{ title: 'A' }, { title: 'B' }])).toBe('A');
  });
  it('groups occurrences by series with a readable slug ending in the series id', () => {
    const a1 = at('2026-12-02', '14:00', '16:00', { uid: 'a', title: 'Café numérique' });
    const a2 = at('2026-12-09', '14:00', '16:00', { uid: 'a', title: 'Café numérique' });
    const b = at('2026-12-03', '10:00', '12:00', { uid: 'b', title: 'Impôts en ligne' });
    const series = buildSeries([a2, b, a1]);
    expect(series.map((s) => [s.title, s.occurrences.length])).toEqual([
      ['Café numérique', 2],
      ['Impôts en ligne', 1],
    ]);
    expect(series[0]?.slug).toBe(`cafe-numerique-${a1.seriesId.slice(2, 8)}`);
    expect(seriesSlug(a1.seriesId, [a2, a1])).toBe(series[0]?.slug);
  });
});

describe('filterOccurrences', () => {
  const janze = at('2026-12-02', '14:00', '16:00', { uid: 'j', commune: '35136', themes: ['bases'], free: true });
  const retiers = at('2026-12-03', '14:00', '16:00', {
    uid: 'r',
    commune: '35239',
    themes: ['demarches'],
    publics: ['seniors'],
    free: false,
  });
  const unknown = at('2026-12-04', '14:00', '16:00', { uid: 'u', commune: null, publics: [], free: null });
  const all = [janze, retiers, unknown];
  it('keeps the occurrences of the chosen communes only', () => {
    expect(filterOccurrences(all, { communes: ['35136', '35002'] })).toEqual([janze]);
  });
  it('filters by theme', () => {
    expect(filterOccurrences(all, { theme: 'demarches' })).toEqual([retiers]);
  });
  it('counts occurrences open to everybody in every public', () => {
    expect(filterOccurrences(all, { public: 'seniors' })).toEqual(all);
    expect(filterOccurrences(all, { public: 'jeunes' })).toEqual([janze, unknown]);
  });
  it('keeps only occurrences known to be free', () => {
    expect(filterOccurrences(all, { free: true })).toEqual([janze]);
  });
  it('keeps occurrences overlapping a range of days, both ends included', () => {
    expect(filterOccurrences(all, { from: '2026-12-03', to: '2026-12-03' })).toEqual([retiers]);
  });
  it('combines criteria', () => {
    expect(filterOccurrences(all, { communes: ['35136', '35239'], free: true, theme: 'bases' })).toEqual([janze]);
  });
});

describe('collapseSeries', () => {
  it('shows a weekly series once at its next date, counting the later dates', () => {
    const weekly = ['02', '09', '16'].map((d) => at(`2026-12-${d}`, '14:00', '16:00', { uid: 'w' }));
    const once = at('2026-12-05', '10:00', '12:00', { uid: 'o' });
    const entries = collapseSeries([weekly[0], once, weekly[1], weekly[2]].filter((o) => o !== undefined));
    expect(entries.map((e) => [e.occurrence.id, e.moreDates])).toEqual([
      [weekly[0]?.id, 2],
      [once.id, 0],
    ]);
  });
  it('keeps every cancelled date visible, before or after the next date that holds', () => {
    const cancelled = at('2026-12-02', '14:00', '16:00', { uid: 'w', status: 'cancelled' });
    const next = at('2026-12-09', '14:00', '16:00', { uid: 'w' });
    const alsoCancelled = at('2026-12-16', '14:00', '16:00', { uid: 'w', status: 'cancelled' });
    const last = at('2026-12-23', '14:00', '16:00', { uid: 'w' });
    expect(
      collapseSeries([cancelled, next, alsoCancelled, last]).map((e) => [
        e.occurrence.start.slice(0, 10),
        e.occurrence.status,
        e.moreDates,
      ]),
    ).toEqual([
      ['2026-12-02', 'cancelled', 0],
      ['2026-12-09', 'confirmed', 1],
      ['2026-12-16', 'cancelled', 0],
    ]);
  });
});

describe('paginateDays', () => {
  const day = (date: string, n: number) => ({ date, label: date, relative: null, items: Array.from({ length: n }) });
  it('cuts pages between days when each day fits on a page', () => {
    const pages = paginateDays([day('a', 3), day('b', 3), day('c', 5), day('d', 1)], 6);
    expect(pages.map((p) => p.days.map((d) => d.date))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(pages.map((p) => [p.page, p.pages])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
  it('gives one empty page when there is nothing', () => {
    expect(paginateDays([], 10)).toEqual([{ page: 1, pages: 1, days: [] }]);
  });
  it('splits a day longer than a page across pages, marking each part, and drops no line', () => {
    const big = { date: 'b', label: 'b', relative: null, items: Array.from({ length: 25 }, (_, i) => i) };
    const pages = paginateDays([day('a', 3), big, day('c', 2)], 10);
    expect(
      pages.map((p) => p.days.map((d) => [d.date, d.items.length, d.continued === true, d.continues === true])),
    ).toEqual([
      [
        ['a', 3, false, false],
        ['b', 7, false, true],
      ],
      [['b', 10, true, true]],
      [
        ['b', 8, true, false],
        ['c', 2, false, false],
      ],
    ]);
    const lines = pages.flatMap((p) => p.days.filter((d) => d.date === 'b').flatMap((d) => d.items));
    expect(lines).toEqual(big.items);
    expect(pages.every((p) => p.days.reduce((n, d) => n + d.items.length, 0) <= 10)).toBe(true);
  });
  it('starts a long day on a new page rather than leave a few of its lines at the bottom of a page', () => {
    const pages = paginateDays([day('a', 8), day('b', 15)], 10);
    expect(pages.map((p) => p.days.map((d) => [d.date, d.items.length]))).toEqual([
      [['a', 8]],
      [['b', 10]],
      [['b', 5]],
    ]);
  });
});
