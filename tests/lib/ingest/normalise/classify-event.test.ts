import { describe, expect, it } from 'vitest';
import { createEventClassifier } from '../../../../src/lib/ingest/normalise/classify-event.ts';
import { taxonomy } from '../../../support/ingest-fixtures.ts';

const classify = createEventClassifier(taxonomy);
const none = { themes: [], publics: [] };

describe('createEventClassifier', () => {
  it('matches whole words only, without case or accents', () => {
    expect(classify({ title: 'IMPRESSION 3D au FabLab', categories: [], publicsText: [] }, none).themes).toEqual([
      'fabrication',
    ]);
    // "cv" inside "cvc" or "pro" inside "programme" are not words of their own.
    expect(classify({ title: 'Programme CVC', categories: [], publicsText: [] }, none)).toEqual({
      themes: [],
      publics: [],
      axes: [],
    });
  });

  it('accepts a theme by its id or label in the categories', () => {
    expect(classify({ title: 'Rencontre', categories: ['Démarches en ligne'], publicsText: [] }, none).themes).toEqual([
      'demarches',
    ]);
  });

  it('finds publics in the public cells and the title', () => {
    const classes = classify({ title: 'Atelier parents-enfants', categories: [], publicsText: ['Jeunes 16-25'] }, none);
    expect(classes.publics).toEqual(['jeunes', 'familles']);
  });

  it('classifies each event on its own words, whatever the event before it', () => {
    const own = createEventClassifier(taxonomy);
    // The same lists, as the instances of a series share them, but for the one that changes.
    const categories = ['Démarches en ligne'];
    const publicsText: string[] = [];
    const themes = [
      own({ title: 'Rencontre', categories, publicsText }, none),
      own({ title: 'Rencontre', categories: ['Impression 3D'], publicsText }, none),
      own({ title: 'Rencontre', categories, publicsText }, { themes: ['bases'], publics: [] }),
      own({ title: 'Rencontre', categories, publicsText }, none),
      own({ title: 'Rencontre', categories, publicsText: ['Seniors'] }, none),
      own({ title: 'Rencontre', categories, publicsText }, none),
    ].map((classes) => [...classes.themes, ...classes.publics]);
    expect(themes).toEqual([
      ['demarches'],
      ['fabrication'],
      ['demarches', 'bases'],
      ['demarches'],
      ['demarches', 'seniors'],
      ['demarches'],
    ]);
  });
});
