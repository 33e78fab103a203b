import { describe, expect, it } from 'vitest';
import { foldPlaceName, soundKey } from '../../../src/lib/text/sound-key.ts';

describe('soundKey', () => {
  it.each([
    ['Thourie', 'toury'],
    ['Sainte-Colombe', 'st colombe'],
    ['Sainte-Colombe', 'Ste Colombe'],
    ['Sainte-Colombe', 'saint colombe'],
    ['Coësmes', 'coesme'],
    ['Janzé', 'janzee'],
    ['Retiers', 'retier'],
    ['Forges-la-Forêt', 'forge la foret'],
    ['Martigné-Ferchaud', 'martigne ferchau'],
  ])('hears %s in « %s »', (name, typed) => {
    expect(soundKey(typed)).toBe(soundKey(name));
  });

  it('tells apart names that do not sound alike', () => {
    expect(soundKey('Brie')).not.toBe(soundKey('Essé'));
    expect(soundKey('Amanlis')).not.toBe(soundKey('Arbrissel'));
  });

  it('keeps digits as they are', () => {
    expect(soundKey('35134')).toBe('35134');
  });
});

describe('foldPlaceName', () => {
  it('folds case, accents and hyphens, and reads St, Ste, Saint, Sainte as one word', () => {
    expect(foldPlaceName('Sainte-Colombe')).toBe('st colombe');
    expect(foldPlaceName('ST COLOMBE')).toBe('st colombe');
    expect(foldPlaceName('Le Theil-de-Bretagne')).toBe('le theil de bretagne');
  });
});
