import { describe, expect, it } from 'vitest';
import { quarterById, quarterOfDate, quartersAround, shiftQuarter } from '../../../src/lib/indicators/quarters.ts';

describe('quarterOfDate', () => {
  it('puts a day in its calendar quarter, first day included and next quarter excluded', () => {
    expect(quarterOfDate('2026-12-31')).toEqual({
      id: '2026-T4',
      year: 2026,
      index: 4,
      from: '2026-10-01',
      to: '2027-01-01',
    });
    expect(quarterOfDate('2027-01-01').id).toBe('2027-T1');
    expect(quarterOfDate('2026-03-31').id).toBe('2026-T1');
    expect(quarterOfDate('2026-04-01')).toMatchObject({ id: '2026-T2', from: '2026-04-01', to: '2026-07-01' });
  });
});

describe('shiftQuarter and quartersAround', () => {
  it('crosses years both ways', () => {
    expect(shiftQuarter(quarterById('2026-T4'), 1).id).toBe('2027-T1');
    expect(shiftQuarter(quarterById('2027-T1'), -1).id).toBe('2026-T4');
    expect(shiftQuarter(quarterById('2026-T2'), -6).id).toBe('2024-T4');
  });

  it('gives the last, current and next quarters of a day', () => {
    const around = quartersAround('2027-01-15');
    expect([around.previous.id, around.current.id, around.next.id]).toEqual(['2026-T4', '2027-T1', '2027-T2']);
  });

  it('refuses a malformed id', () => {
    expect(() => quarterById('2026-Q4')).toThrow('trimestre invalide « 2026-Q4 »');
  });
});
