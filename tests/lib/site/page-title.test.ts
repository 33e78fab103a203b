import { describe, expect, it } from 'vitest';
import { pageTitle, shortenAtWord, TITLE_MAX_LENGTH } from '../../../src/lib/site/page-title.ts';

const SITE = 'Repères numériques';

describe('pageTitle', () => {
  it('names the page and the site when both fit', () => {
    expect(pageTitle('Médiathèque de Janzé', SITE)).toBe('Médiathèque de Janzé – Repères numériques');
  });

  it('keeps the page’s own title alone when the site’s name would make it too long', () => {
    const title = 'Trouver un emploi ou une formation près de Le Theil-de-Bretagne';
    expect(pageTitle(title, SITE)).toBe(title);
  });

  it('cuts a title longer than the limit at a word, with an ellipsis', () => {
    const title = 'Programme du numérique – Du mardi 1er décembre 2026 au dimanche 28 février 2027 et au-delà';
    const shown = pageTitle(title, SITE);
    expect(Array.from(shown).length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    expect(shown).toBe('Programme du numérique – Du mardi 1er décembre 2026 au dimanche 28…');
  });
});

describe('shortenAtWord', () => {
  it('counts an apostrophe as the five characters of `&#39;` that the page holds', () => {
    const title = "Réparer ou m'équiper près de Martigné-Ferchaud";
    expect(pageTitle(title, SITE)).toBe(title);
    expect(shortenAtWord("l'a", 6)).toBe('l…');
  });

  it('counts characters, not UTF-16 units, and never cuts inside a word when a space is near', () => {
    expect(shortenAtWord('Café numérique à Coësmes', 24)).toBe('Café numérique à Coësmes');
    expect(shortenAtWord('Café numérique à Coësmes', 20)).toBe('Café numérique à…');
  });
});
