import { describe, expect, it } from 'vitest';
import { formatPhone, phoneHref } from '../../../src/lib/format/phone.ts';

describe('formatPhone', () => {
  it.each([
    ['0299436487', '02 99 43 64 87'],
    ['02.99.43.64.87', '02 99 43 64 87'],
    ['+33 2 99 43 64 87', '02 99 43 64 87'],
    ['+44 20 7946 0000', '+44 20 7946 0000'],
  ])('writes %s as %s', (input, output) => {
    expect(formatPhone(input)).toBe(output);
  });
});

describe('phoneHref', () => {
  it('makes an international tel: link of a French number', () => {
    expect(phoneHref('02 99 43 64 87')).toBe('tel:+33299436487');
  });

  it('keeps an international number as it is, without spaces', () => {
    expect(phoneHref('+44 20 7946 0000')).toBe('tel:+442079460000');
  });
});
