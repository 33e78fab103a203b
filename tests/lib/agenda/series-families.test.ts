import { describe, expect, it } from 'vitest';
import { seriesFamilies, type FamilyMember } from '../../../src/lib/agenda/series-families.ts';

const member = (
  seriesId: string,
  title: string,
  description: string,
  next: number | null,
  sourceId = 'bus',
): FamilyMember => ({
  seriesId,
  sourceId,
  title,
  description,
  next,
});
const names = ['Brie', 'Thourie', 'Sainte-Colombe', 'Mairie de Brie', 'Médiathèque de Thourie'];

describe('seriesFamilies', () => {
  it('groups the same rendez-vous held in several communes, the next to happen first', () => {
    const families = seriesFamilies(
      [
        member('s-brie', 'Bus France Services à Brie', 'Le bus s’arrête à Brie, place de la Mairie de Brie.', 300),
        member(
          's-thourie',
          'Bus France Services à Thourie',
          'Le bus s’arrête à Thourie, place de la Médiathèque de Thourie.',
          100,
        ),
        member('s-colombe', 'Bus France Services à Sainte-Colombe', 'Le bus passe à Sainte-Colombe.', null),
      ],
      names,
    );
    expect(families.get('s-brie')?.members).toEqual(['s-thourie', 's-brie']);
    expect(families.get('s-brie')?.upcoming).toBe(2);
    expect(families.get('s-brie')).toBe(families.get('s-thourie'));
    expect(families.has('s-colombe')).toBe(false); // its description says something else
  });

  it('keeps apart series of other sources, other titles, and series alone', () => {
    const families = seriesFamilies(
      [
        member('a', 'Permanence – Brie', 'Aide aux démarches.', 1),
        member('b', 'Permanence – Thourie', 'Aide aux démarches.', 2, 'autre-source'),
        member('c', 'Café numérique', 'Aide aux démarches.', 3),
      ],
      names,
    );
    expect(families.size).toBe(0);
  });
});
