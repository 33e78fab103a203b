import { describe, expect, it } from 'vitest';
import { isFreeFromPrice } from '../../../../src/lib/ingest/normalise/is-free.ts';

describe('isFreeFromPrice', () => {
  it.each([
    ['Gratuit', true],
    ['gratuit sur inscription', true],
    ['Entrée libre', true],
    ['0 €', true],
    ['0,00 euros', true],
    ['5 €', false],
    ['Tarif : 3,50 €', false],
    ['EUR 12', false],
    ['Gratuit pour les adhérents, 5 € sinon', null],
    ['Sur inscription', null],
    ['', null],
    [null, null],
  ])('reads « %s » as %s', (price, expected) => {
    expect(isFreeFromPrice(price)).toBe(expected);
  });
});
