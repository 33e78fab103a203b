import { describe, expect, it } from 'vitest';
import {
  distinctTitles,
  fitTitle,
  pageTitle,
  shortenAtWord,
  shortenText,
  titleWith,
  TITLE_MAX,
  TITLE_MAX_LENGTH,
} from '../../../src/lib/site/page-title.ts';

describe('shortenText', () => {
  it('leaves a short text alone', () => {
    expect(shortenText('Agenda de décembre 2026')).toBe('Agenda de décembre 2026');
  });
  it('cuts a long text at a word boundary with « … », within the limit', () => {
    const text = 'Premier emploi : comprendre sa fiche de paie et ses démarches en ligne';
    const short = shortenText(text);
    expect(short).toBe('Premier emploi : comprendre sa fiche de paie et ses…');
    expect(short.length).toBeLessThanOrEqual(TITLE_MAX);
  });
  it('cuts inside a word only when the first word alone is too long', () => {
    expect(shortenText('Anticonstitutionnellement', 10)).toBe('Anticonst…');
  });
});

describe('fitTitle', () => {
  it('takes the first candidate that fits, else shortens the last', () => {
    const long = 'Trouver un emploi ou une formation près de Le Theil-de-Bretagne';
    expect(fitTitle([long, 'Le Theil-de-Bretagne : trouver un emploi ou une formation'])).toBe(
      'Le Theil-de-Bretagne : trouver un emploi ou une formation',
    );
    expect(fitTitle(['a'.repeat(70), 'b'.repeat(70)], 20)).toBe(`${'b'.repeat(19)}…`);
  });
});

describe('titleWith', () => {
  it('shortens the title, never what is added', () => {
    expect(titleWith('Agenda : Professionnels, entreprises, associations', ', page 12', 50)).toBe(
      'Agenda : Professionnels, entreprises…, page 12',
    );
    expect(titleWith('Agenda', ', page 2')).toBe('Agenda, page 2');
  });
});

describe('distinctTitles', () => {
  const item = (key: string, title: string, ...qualifiers: string[]) => ({ key, title, qualifiers });

  it('keeps a title no other page has', () => {
    expect(distinctTitles([item('a', 'Café numérique', 'Retiers')]).get('a')).toBe('Café numérique');
  });

  it('adds the first qualifier that tells namesakes apart, skipping those they share', () => {
    const titles = distinctTitles([
      item('a', 'FabLab éphémère', 'Coësmes', 'Médiathèque de Coësmes', 'samedi 5 décembre', 'a1'),
      item('b', 'FabLab éphémère', 'Thourie', 'Médiathèque de Thourie', 'samedi 26 décembre', 'b2'),
      item('c', 'Atelier', 'Janzé', 'Médiathèque de Janzé', 'mardi 1er décembre', 'c3'),
      item('d', 'Atelier', 'Janzé', 'FabLab de Janzé', 'mardi 1er décembre', 'd4'),
    ]);
    expect(Object.fromEntries(titles)).toEqual({
      a: 'FabLab éphémère (Coësmes)',
      b: 'FabLab éphémère (Thourie)',
      c: 'Atelier (Médiathèque de Janzé)',
      d: 'Atelier (FabLab de Janzé)',
    });
  });

  it('falls back on the last qualifier when all others are the same', () => {
    const titles = distinctTitles([item('a', 'Atelier', 'Janzé', 'x1'), item('b', 'Atelier', 'Janzé', 'x2')]);
    expect([...titles.values()]).toEqual(['Atelier (x1)', 'Atelier (x2)']);
  });

  it('qualifies a title another kind of page already has', () => {
    expect(distinctTitles([item('a', 'Orditous', 'Janzé')], ['Orditous']).get('a')).toBe('Orditous (Janzé)');
  });

  it('tells apart long titles that are the same once shortened, within the limit', () => {
    const long = 'Un atelier au titre vraiment très long qui ne tient pas dans un onglet';
    const titles = distinctTitles([item('a', `${long} A`, 'Brie'), item('b', `${long} B`, 'Essé')]);
    const values = [...titles.values()];
    expect(new Set(values).size).toBe(2);
    for (const t of values) expect(t.length).toBeLessThanOrEqual(TITLE_MAX);
  });
});

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
