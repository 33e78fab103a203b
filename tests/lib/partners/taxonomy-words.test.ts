import { describe, expect, it } from 'vitest';
import { createEventClassifier } from '../../../src/lib/ingest/normalise/classify-event.ts';
import { taxonomyWords } from '../../../src/lib/partners/taxonomy-words.ts';
import { taxonomy } from '../../support/ingest-fixtures.ts';

// The table of /partenaires/publier/ comes from content/taxonomy.yaml: each word it lists must
// select its theme or public in the ingest's classifier, whether in a title or in CATEGORIES.
const words = taxonomyWords(taxonomy);
const classify = createEventClassifier(taxonomy);
const none = { themes: [], publics: [] };

describe('taxonomyWords', () => {
  it('lists every theme and every public of the taxonomy, label first', () => {
    expect(words.themes.map((t) => t.id)).toEqual(taxonomy.themes.map((t) => t.id));
    expect(words.publics.map((p) => p.id)).toEqual(taxonomy.publics.map((p) => p.id));
    expect(words.themes.find((t) => t.id === 'securite')?.words.slice(0, 3)).toEqual([
      'Se protéger en ligne',
      'cybersécurité',
      'sécurité',
    ]);
  });

  it('lists a word once, whatever its accents (cybersécurité, cybersecurite)', () => {
    const securite = words.themes.find((t) => t.id === 'securite')?.words ?? [];
    expect(securite).toContain('cybersécurité');
    expect(securite).not.toContain('cybersecurite');
  });

  const themeCases = words.themes.flatMap((t) => t.words.map((w) => [t.id, w] as const));
  it.each(themeCases)('theme %s: « %s » in a title or in CATEGORIES selects it', (id, word) => {
    expect(classify({ title: `Rendez-vous ${word} du mois`, categories: [], publicsText: [] }, none).themes).toContain(
      id,
    );
    expect(
      classify({ title: 'Rendez-vous', categories: [word.toUpperCase()], publicsText: [] }, none).themes,
    ).toContain(id);
  });

  const publicCases = words.publics.flatMap((p) => p.words.map((w) => [p.id, w] as const));
  it.each(publicCases)('public %s: « %s » in a title or a public cell selects it', (id, word) => {
    expect(classify({ title: `Rendez-vous ${word} du mois`, categories: [], publicsText: [] }, none).publics).toContain(
      id,
    );
    expect(classify({ title: 'Rendez-vous', categories: [], publicsText: [word] }, none).publics).toContain(id);
  });
});
