import { describe, expect, it } from 'vitest';
import { dateRangeOf } from '../../../src/lib/agenda/index.ts';

describe('dateRangeOf', () => {
  // 2026-12-01 is a Tuesday.
  it('gives today, the next seven days and the rest of the month', () => {
    expect(dateRangeOf('today', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(dateRangeOf('week', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-07' });
    expect(dateRangeOf('month', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(dateRangeOf('month', '2027-02-10')).toEqual({ from: '2027-02-10', to: '2027-02-28' });
    expect(dateRangeOf('all', '2026-12-01')).toEqual({});
  });
  it('gives the coming weekend, or what is left of it', () => {
    expect(dateRangeOf('weekend', '2026-12-01')).toEqual({ from: '2026-12-05', to: '2026-12-06' });
    expect(dateRangeOf('weekend', '2026-12-05')).toEqual({ from: '2026-12-05', to: '2026-12-06' });
    expect(dateRangeOf('weekend', '2026-12-06')).toEqual({ from: '2026-12-06', to: '2026-12-06' });
  });
});
