import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDecimal,
  formatHours,
  formatShare,
  hoursOf,
  hoursPerThousand,
  perThousand,
  sessionsPerThousand,
} from '../../../src/lib/indicators/format-figures.ts';

const tally = { sessions: 18, minutes: 3780, untimed: 0, cancelled: 2 }; // 63 h

describe('the observatory’s numbers', () => {
  it('turn minutes into hours with one decimal at most', () => {
    expect(hoursOf(3780)).toBe(63);
    expect(hoursOf(95)).toBe(1.6); // 1 h 35 = 1.58 h
    expect(formatHours(95)).toBe('1,6');
  });

  it('give values per 1 000 inhabitants: 18 sessions and 63 h for 1 768 inhabitants', () => {
    expect(sessionsPerThousand(tally, 1768)).toBe(10.2); // 18 000 / 1 768 = 10.18
    expect(hoursPerThousand(tally, 1768)).toBe(35.6); // 63 000 / 1 768 = 35.63
    expect(perThousand(5, 0)).toBeNull();
  });

  it('write numbers the French way', () => {
    expect(formatDecimal(1234.5)).toBe('1\u202f234,5');
    expect(formatCount(8649)).toBe('8\u202f649');
    expect(formatShare(1 / 8)).toBe('12,5 %');
    expect(formatShare(1 / 227)).toBe('0,4 %'); // 0.44 %
    expect(formatShare(1 / 2000)).toBe('0,1 %'); // 0.05 % rounds up
    expect(formatShare(1 / 3000)).toBe('< 0,1 %'); // 0.033 % is not none
    expect(formatShare(0)).toBe('0 %');
  });
});
