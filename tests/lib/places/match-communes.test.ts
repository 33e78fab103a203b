import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Commune } from '../../../src/lib/domain/index.ts';
import { communeMatcher } from '../../../src/lib/places/match-communes.ts';

const communes = JSON.parse(readFileSync('content/communes.json', 'utf8')) as Commune[];
const match = communeMatcher(communes);
const first = (q: string) => match(q)[0]?.name;

describe('communeMatcher', () => {
  it.each([
    ['thourie', 'Thourie'],
    ['Janze', 'Janzé'],
    ['marcille', 'Marcillé-Robert'],
    ['le theil', 'Le Theil-de-Bretagne'],
    ['martigne ferchaud', 'Martigné-Ferchaud'],
    ['retier', 'Retiers'],
    ['ESSÉ', 'Essé'],
  ])('finds the commune the resident means when typing « %s »', (query, name) => {
    expect(first(query)).toBe(name);
  });

  it('tolerates a typo', () => {
    expect(first('thouri')).toBe('Thourie');
    expect(first('jnazé')).toBe('Janzé');
  });

  it('finds every commune of a postal code', () => {
    expect(match('35134').map((c) => c.name).sort()).toEqual(['Coësmes', 'Sainte-Colombe', 'Thourie']);
  });

  it('finds nothing for an empty query or a commune outside the territory', () => {
    expect(match('  ')).toEqual([]);
    expect(match('Marseille')).not.toContainEqual(expect.objectContaining({ name: 'Thourie' }));
  });
});
