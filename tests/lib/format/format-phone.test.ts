import { describe, expect, it } from 'vitest';
import { formatPhone, phoneHref } from '../../../src/lib/format/format-phone.ts';

describe('formatPhone', () => {
  it('writes a French number in pairs of digits', () => {
    expect(formatPhone('0299470000')).toBe('02 99 47 00 00');
    expect(formatPhone('02.99.47.00.00')).toBe('02 99 47 00 00');
  });
  it('writes a +33 number the French way', () => {
    expect(formatPhone('+33 2 99 47 00 00')).toBe('02 99 47 00 00');
  });
  it('keeps another country’s number as written', () => {
    expect(formatPhone('+32  2 123 45 67')).toBe('+32 2 123 45 67');
  });
});

describe('phoneHref', () => {
  it('gives an international tel: link for a French number', () => {
    expect(phoneHref('02 99 47 00 00')).toBe('tel:+33299470000');
    expect(phoneHref('+33 2 99 47 00 00')).toBe('tel:+33299470000');
  });
  it('keeps the digits of another number', () => {
    expect(phoneHref('+32 2 123 45 67')).toBe('tel:+3221234567');
  });
});
