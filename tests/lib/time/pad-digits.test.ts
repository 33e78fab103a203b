import { describe, expect, it } from 'vitest';
import { padDigits } from '../../../src/lib/time/pad-digits.ts';

describe('padDigits', () => {
  it('writes a number on two digits by default, on more when asked', () => {
    expect(padDigits(7)).toBe('07');
    expect(padDigits(12)).toBe('12');
    expect(padDigits(26, 4)).toBe('0026');
  });

  it('never cuts a number longer than the width', () => {
    expect(padDigits(123)).toBe('123');
    expect(padDigits(20_260, 4)).toBe('20260');
  });
});
