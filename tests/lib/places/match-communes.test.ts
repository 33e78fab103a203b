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
    ['toury', 'Thourie'],
    ['st colombe', 'Sainte-Colombe'],
    ['ste colombe', 'Sainte-Colombe'],
    ['Saint-Colombe', 'Sainte-Colombe'],
    ['theil', 'Le Theil-de-Bretagne'],
    ['coesme', 'Coësmes'],
    ['forge la foret', 'Forges-la-Forêt'],
    ['janzee', 'Janzé'],
    ['35130', 'Arbrissel'],
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

  it('offers every commune of a shared postal code and picks none of them', () => {
    expect(matcher.suggest('35134').map((c) => c.name)).toEqual(['Coësmes', 'Sainte-Colombe', 'Thourie']);
    expect(matcher.best('35134')).toBeUndefined();
  });

  it('offers the communes whose postal code starts with the digits typed so far', () => {
    expect(matcher.suggest('3524').map((c) => c.name)).toEqual(['Marcillé-Robert', 'Retiers', 'Le Theil-de-Bretagne']);
    expect(matcher.best('3524')).toBeUndefined();
    expect(matcher.best('35240')).toBeUndefined();
  });

  it('takes the one commune a typed text surely means as the first suggestion, so Enter goes where the list said', () => {
    for (const query of ['thourie', 'toury', 'st colombe', 'marcille', 'le theil', 'retier']) {
      const { suggestions, sure } = matcher.match(query);
      expect(sure).toBeDefined();
      expect(suggestions[0]).toBe(sure);
    }
  });

  it('does not take a start of name shared by several communes', () => {
    expect(matcher.best('mar')).toBeUndefined();
    expect(
      matcher
        .suggest('mar')
        .map((c) => c.name)
        .slice(0, 2)
        .sort(),
    ).toEqual(['Marcillé-Robert', 'Martigné-Ferchaud']);
  });

  it('finds nothing for an empty query', () => {
    expect(matcher.suggest('  ')).toEqual([]);
    expect(matcher.best('')).toBeUndefined();
  });
});

describe('communeMatcher: what kind of answer a text gets', () => {
  it.each([
    ['thourie', 'sure'],
    ['35134', 'several'],
    ['mar', 'several'],
    ['jnaze', 'maybe'],
    ['Rennes', 'none'],
  ] as const)('« %s » is %s', (query, kind) => {
    expect(matcher.match(query).kind).toBe(kind);
  });
});
