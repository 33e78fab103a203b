import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/lib/site/paginate.ts';

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
