import { describe, expect, it } from 'vitest';
import type { Programme, ProgrammeEntry } from '../../../src/lib/export/build-programme.ts';
import { paginateProgramme, programmeSize } from '../../../src/lib/export/paginate-programme.ts';

const entry = (id: string): ProgrammeEntry => ({
  id,
  title: `Atelier ${id}`,
  hours: '14 h – 16 h',
  place: null,
  communeName: null,
  phone: null,
  registration: null,
  price: null,
  cancelled: false,
});
const day = (date: string, ids: string[]) => ({ date, label: date, entries: ids.map(entry) });
const programme: Programme = {
  from: '2026-12-01',
  to: '2027-02-28',
  regulars: [{ entry: entry('r1'), dates: ['les mardis 1er et 8 décembre'] }],
  days: [day('2026-12-02', ['a', 'b']), day('2026-12-03', ['c', 'd', 'e']), day('2026-12-04', ['f'])],
};
const ids = (p: Programme) => [
  ...p.regulars.map((r) => r.entry.id),
  ...p.days.flatMap((d) => d.entries.map((e) => e.id)),
];

describe('paginateProgramme', () => {
  it('cuts a programme into pages of at most the given number of entries, regular meetings first', () => {
    const pages = paginateProgramme(programme, 3);
    expect(pages.map(ids)).toEqual([['r1', 'a', 'b'], ['c', 'd', 'e'], ['f']]);
    expect(pages.every((p) => programmeSize(p) <= 3 && p.from === '2026-12-01' && p.to === '2027-02-28')).toBe(true);
  });

  it('continues a day too long for a page on the next one, under the same heading', () => {
    const pages = paginateProgramme(programme, 4);
    expect(pages.map(ids)).toEqual([
      ['r1', 'a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(pages[0]?.days.at(-1)?.label).toBe('2026-12-03');
    expect(pages[1]?.days[0]?.label).toBe('2026-12-03');
  });

  it('keeps a programme that fits whole, and gives one empty page for an empty one', () => {
    expect(paginateProgramme(programme, 50)).toEqual([programme]);
    expect(paginateProgramme({ ...programme, regulars: [], days: [] }, 50)).toEqual([
      { from: '2026-12-01', to: '2027-02-28', regulars: [], days: [] },
    ]);
  });
});
