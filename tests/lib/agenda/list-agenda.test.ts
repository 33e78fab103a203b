import { describe, expect, it } from 'vitest';
import {
  decodeAgendaLines,
  filterOfQuery,
  listAgenda,
  readAgendaQuery,
  toAgendaLinesFiles,
  toAgendaRecord,
  writeAgendaQuery,
  type AgendaLookups,
  type AgendaRecord,
} from '../../../src/lib/agenda/index.ts';
import { routes } from '../../../src/lib/site/routes.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';

const now = new Date('2026-12-01T09:00:00+01:00');
const lookups: AgendaLookups = {
  slugs: new Map(),
  placeNames: new Map([['mediatheque-janze', 'Médiathèque de Janzé']]),
  communeNames: new Map([
    ['35136', 'Janzé'],
    ['35239', 'Retiers'],
  ]),
  now,
};

/** A weekly series on Tuesdays from 1 December, `weeks` dates, at 14 h. */
function weekly(
  uid: string,
  weeks: number,
  fields: Parameters<typeof makeOccurrence>[0] extends infer F ? Partial<F> : never = {},
) {
  return Array.from({ length: weeks }, (_, i) => {
    const day = new Date(Date.UTC(2026, 11, 1 + 7 * i)).toISOString().slice(0, 10);
    return makeOccurrence({ uid, title: uid, start: `${day}T14:00:00+01:00`, end: `${day}T16:00:00+01:00`, ...fields });
  });
}

const sorted = (records: AgendaRecord[]) => [...records].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

describe('the files of upcoming lines', () => {
  const occurrences = [
    ...weekly('Café numérique', 10, { placeId: 'mediatheque-janze', price: 'Gratuit', free: true }),
    ...weekly('Atelier seniors', 6, { commune: '35239', publics: ['seniors'], themes: ['bases'] }),
    makeOccurrence({
      uid: 'stage',
      title: 'Stage',
      start: '2026-12-21',
      end: '2026-12-24',
      allDay: true,
      status: 'tentative',
    }),
  ];
  const records = sorted(occurrences.map((o) => toAgendaRecord(o, lookups)));

  it('give back every record as it was, cut into files of whole days', () => {
    const files = toAgendaLinesFiles(records, '2026-12-01', 5);
    expect(files.length).toBeGreaterThan(2);
    const decoded = files.flatMap((f) => decodeAgendaLines(JSON.parse(JSON.stringify(f)), routes.event).records);
    const strip = (r: AgendaRecord) => ({ ...r, id: '', seriesId: '' });
    expect(decoded.map(strip)).toEqual(records.map(strip));
    // Whole days: a day is never in two files.
    const days = files.map((f) => new Set(decodeAgendaLines(f, routes.event).records.map((r) => r.start.slice(0, 10))));
    for (let i = 1; i < days.length; i++) for (const d of days[i] ?? []) expect(days[i - 1]?.has(d)).toBe(false);
  });

  it('write what a series shares once per file, and count its dates in the later files', () => {
    const [first] = toAgendaLinesFiles(records, '2026-12-01', 5);
    const cafe = first?.series.filter((row) => row[1] === 'Café numérique') ?? [];
    expect(cafe).toHaveLength(1);
    const datesInFirst = first?.dates.filter(([i]) => first.series[i]?.[1] === 'Café numérique').length ?? 0;
    expect(cafe[0]?.[9]).toBe(10 - datesInFirst);
  });

  it('refuse what is not a file of lines', () => {
    expect(() => decodeAgendaLines({ v: 99 }, routes.event)).toThrow(/illisible/);
    expect(() => decodeAgendaLines(null, routes.event)).toThrow(/illisible/);
  });
});

describe('listAgenda', () => {
  const records = sorted(
    [
      ...weekly('Café numérique', 10, { placeId: 'mediatheque-janze' }),
      ...weekly('Atelier seniors', 6, { commune: '35239', publics: ['seniors'] }),
      ...weekly('Atelier jeunes', 6, { publics: ['jeunes'] }),
    ].map((o) => toAgendaRecord(o, lookups)),
  );

  it('filters every date before keeping each series once, so a later date still matches', () => {
    // 15 to 31 December: the series' first dates (1 and 8 December) are out, their later ones in.
    const listing = listAgenda(
      records,
      { from: '2026-12-15', to: '2026-12-31', public: 'seniors' },
      { now, pageSize: 40, page: 1 },
    );
    const lines = listing.days.flatMap((d) => d.items.map((i) => [d.date, i.title, i.moreDates]));
    expect(lines).toEqual([
      ['2026-12-15', 'Café numérique', 2],
      ['2026-12-15', 'Atelier seniors', 2],
    ]);
    expect(listing.forSpecificPublics).toBe(1);
  });

  it('cuts the filtered listing into pages, and says which page of how many', () => {
    // Three lines on 1 December, two per page: the day goes on on page 2, marked so.
    const first = listAgenda(records, {}, { now, pageSize: 2, page: 1 });
    const second = listAgenda(records, {}, { now, pageSize: 2, page: 2 });
    expect([second.page, second.pages, second.lines]).toEqual([2, 2, 3]);
    expect(first.days[0]?.continues).toBe(true);
    expect(second.days[0]?.continued).toBe(true);
    const titles = [...first.days, ...second.days].flatMap((d) => d.items.map((i) => i.title));
    expect(titles.sort()).toEqual(['Atelier jeunes', 'Atelier seniors', 'Café numérique']);
  });

  it('counts the dates not yet read in « et N autres dates » when the filter has no last day', () => {
    const cafe = records.find((r) => r.title === 'Café numérique');
    const later = new Map([[cafe?.seriesId ?? '', 20]]);
    const moreOf = (listing: ReturnType<typeof listAgenda>) =>
      listing.days[0]?.items.find((i) => i.title === 'Café numérique')?.moreDates;
    expect(moreOf(listAgenda(records, {}, { now, pageSize: 40, page: 1, laterDates: later }))).toBe(9 + 20);
    expect(moreOf(listAgenda(records, { to: '2026-12-31' }, { now, pageSize: 40, page: 1, laterDates: later }))).toBe(
      4,
    );
  });

  it('leaves out what has ended at the moment of viewing', () => {
    const evening = new Date('2026-12-01T17:00:00+01:00');
    const listing = listAgenda(records, {}, { now: evening, pageSize: 40, page: 1 });
    expect(listing.days[0]?.date).toBe('2026-12-08');
  });
});

describe('the agenda query in the address', () => {
  it('reads and writes the filters, defaults left out', () => {
    const query = readAgendaQuery(new URLSearchParams('commune=35136&voisines=0&public=seniors&date=month&page=3'));
    expect(query).toEqual({
      commune: '35136',
      nearby: false,
      theme: null,
      public: 'seniors',
      free: false,
      date: 'month',
      page: 3,
    });
    expect(writeAgendaQuery(query).toString()).toBe('commune=35136&voisines=0&public=seniors&date=month&page=3');
    expect(writeAgendaQuery(readAgendaQuery(new URLSearchParams(''))).toString()).toBe('');
  });

  it('ignores what it does not understand', () => {
    const query = readAgendaQuery(new URLSearchParams('commune=<script>&date=demain&page=-2'));
    expect([query.commune, query.date, query.page]).toEqual([null, 'all', 1]);
  });

  it('turns a query into a filter: the commune with its neighbours, the date choice as days', () => {
    const around = { '35136': ['35136', '35002'] };
    const filter = filterOfQuery(
      readAgendaQuery(new URLSearchParams('commune=35136&date=week&gratuit=1')),
      around,
      '2026-12-01',
    );
    expect(filter).toEqual({ communes: ['35136', '35002'], free: true, from: '2026-12-01', to: '2026-12-07' });
  });
});
