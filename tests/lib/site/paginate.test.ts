import { describe, expect, it } from 'vitest';
import { capGroups, paginate, paginateByWeight } from '../../../src/lib/site/paginate.ts';

describe('paginate', () => {
  it('cuts a list into pages of at most the given size, in order', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.page, p.pages])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('gives one empty page for an empty list, so a listing always has its first page', () => {
    expect(paginate([], 30)).toEqual([{ page: 1, pages: 1, items: [] }]);
  });

  it('keeps a list that fits on one page whole', () => {
    expect(paginate(['a', 'b'], 30)).toEqual([{ page: 1, pages: 1, items: ['a', 'b'] }]);
  });
});

describe('capGroups', () => {
  it('keeps every group whole when all their items fit', () => {
    expect(capGroups([[1, 2, 3], [4]], 4)).toEqual([
      { count: 3, items: [1, 2, 3] },
      { count: 1, items: [4] },
    ]);
  });

  it('cuts each group to an equal share when they do not, and counts what it left out', () => {
    const groups = capGroups([Array.from({ length: 59 }, (_, i) => i), [1, 2], [1, 2, 3, 4, 5, 6, 7, 8]], 18);
    expect(groups.map((g) => [g.count, g.items.length])).toEqual([
      [59, 6],
      [2, 2],
      [8, 6],
    ]);
    expect(groups.reduce((sum, g) => sum + g.items.length, 0)).toBeLessThanOrEqual(18);
  });

  it('shows at least one item of each group however many groups there are', () => {
    expect(
      capGroups(
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        2,
      ).map((g) => g.items),
    ).toEqual([[1], [3], [5]]);
  });
});

describe('paginateByWeight', () => {
  const weight = (item: string) => (item.startsWith('full') ? 3 : 1);

  it('fills each page up to the weight, heavy and light items mixed, in order', () => {
    const pages = paginateByWeight(['full1', 'full2', 'a', 'b', 'c', 'd', 'e', 'f'], weight, 7);
    expect(pages.map((p) => p.items)).toEqual([
      ['full1', 'full2', 'a'],
      ['b', 'c', 'd', 'e', 'f'],
    ]);
    expect(pages.map((p) => [p.page, p.pages])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('never puts more than the weight on a page, whatever the number of items', () => {
    const items = Array.from({ length: 500 }, (_, i) => (i % 3 === 0 ? `full${String(i)}` : String(i)));
    const pages = paginateByWeight(items, weight, 10);
    for (const page of pages) expect(page.items.reduce((sum, item) => sum + weight(item), 0)).toBeLessThanOrEqual(10);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('gives an item heavier than the weight a page of its own, and an empty list one empty page', () => {
    expect(paginateByWeight(['a', 'full'], weight, 2).map((p) => p.items)).toEqual([['a'], ['full']]);
    expect(paginateByWeight([], weight, 2)).toEqual([{ page: 1, pages: 1, items: [] }]);
  });
});
