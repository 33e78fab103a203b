import { describe, expect, it } from 'vitest';
import { withPreposition } from '../../../src/lib/text/french-preposition.ts';

describe('withPreposition', () => {
  it('elides « de » before a vowel: months, communes, names', () => {
    expect(withPreposition('de', 'octobre 2027')).toBe('d’octobre 2027');
    expect(withPreposition('de', 'avril 2027')).toBe('d’avril 2027');
    expect(withPreposition('de', 'août 2027')).toBe('d’août 2027');
    expect(withPreposition('de', 'Eancé')).toBe('d’Eancé');
    expect(withPreposition('près de', 'Amanlis')).toBe('près d’Amanlis');
    expect(withPreposition('de', 'Orditous')).toBe('d’Orditous');
    expect(withPreposition('de', 'décembre 2026')).toBe('de décembre 2026');
  });

  it('contracts « de le » and « à le » into « du » and « au », never « de Le »', () => {
    expect(withPreposition('près de', 'Le Theil-de-Bretagne')).toBe('près du Theil-de-Bretagne');
    expect(withPreposition('à', 'Le Theil-de-Bretagne')).toBe('au Theil-de-Bretagne');
    expect(withPreposition('jusqu’à', 'Le Theil-de-Bretagne')).toBe('jusqu’au Theil-de-Bretagne');
    expect(withPreposition('de', 'le mardi 1er décembre')).toBe('du mardi 1er décembre');
    expect(withPreposition('de', 'Les Iffs')).toBe('des Iffs');
    expect(withPreposition('à', 'Les Iffs')).toBe('aux Iffs');
  });

  it('keeps « la » and « l’ » uncontracted, in lower case inside the sentence', () => {
    expect(withPreposition('de', 'La Couyère')).toBe('de la Couyère');
    expect(withPreposition('à', 'La Couyère')).toBe('à la Couyère');
    expect(withPreposition('près de', 'L’Hermitage')).toBe('près de l’Hermitage');
    expect(withPreposition('à', "L'Hermitage")).toBe('à l’Hermitage');
  });

  it('leaves names that only start like an article alone', () => {
    expect(withPreposition('de', 'Lesbos')).toBe('de Lesbos');
    expect(withPreposition('à', 'Laval')).toBe('à Laval');
    expect(withPreposition('de', 'Lemaire')).toBe('de Lemaire');
  });

  it('writes « à » plainly before other names and keeps a capital preposition', () => {
    expect(withPreposition('à', 'Janzé')).toBe('à Janzé');
    expect(withPreposition('à', 'Amanlis')).toBe('à Amanlis');
    expect(withPreposition('À', 'Le Theil-de-Bretagne')).toBe('Au Theil-de-Bretagne');
    expect(withPreposition('De', 'avril')).toBe('D’avril');
  });

  it('joins any other preposition with a space', () => {
    expect(withPreposition('pour', 'Le Theil-de-Bretagne')).toBe('pour Le Theil-de-Bretagne');
  });
});
