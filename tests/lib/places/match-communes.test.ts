import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Commune } from '../../../src/lib/domain/index.ts';
import { communeMatcher } from '../../../src/lib/places/match-communes.ts';

const communes = JSON.parse(readFileSync('content/communes.json', 'utf8')) as Commune[];
const matcher = communeMatcher(communes);

describe('communeMatcher', () => {
  it.each([
    ['thourie', 'Thourie'],
    ['Janze', 'Janzé'],
    ['marcille', 'Marcillé-Robert'],
    ['le theil', 'Le Theil-de-Bretagne'],
    ['martigne ferchaud', 'Martigné-Ferchaud'],
    ['retier', 'Retiers'],
    ['ESSÉ', 'Essé'],
    ['thouri', 'Thourie'],
  ])('takes « %s » as %s', (query, name) => {
    expect(matcher.best(query)?.name).toBe(name);
    expect(matcher.suggest(query)[0]?.name).toBe(name);
  });

  it('suggests a commune for a bigger typo without taking it for granted', () => {
    expect(matcher.suggest('jnaze')[0]?.name).toBe('Janzé');
    expect(matcher.best('jnaze')).toBeUndefined();
  });

  it('takes no commune for a town outside the territory', () => {
    expect(matcher.best('Paris')).toBeUndefined();
    expect(matcher.best('Rennes')).toBeUndefined();
  });

  it('finds every commune of a postal code', () => {
    expect(
      matcher
        .suggest('35134')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Coësmes', 'Sainte-Colombe', 'Thourie']);
  });

  it('finds nothing for an empty query', () => {
    expect(matcher.suggest('  ')).toEqual([]);
    expect(matcher.best('')).toBeUndefined();
  });
});
