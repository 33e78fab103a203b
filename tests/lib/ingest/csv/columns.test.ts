import { describe, expect, it } from 'vitest';
import { headerName, resolveColumns } from '../../../../src/lib/ingest/csv/columns.ts';

const planOf = (headers: string[], mapping = {}) => {
  const result = resolveColumns(headers, mapping);
  if (!result.ok) throw new Error(`unexpected: ${result.reason}`);
  return result;
};

describe('resolveColumns', () => {
  it('finds French columns whatever their case and accents', () => {
    const { plan, unknown } = planOf([
      'INTITULÉ',
      'date de début',
      'Heure debut',
      'HEURE DE FIN',
      'Salle',
      'Ville',
      'Catégorie',
      'Réservation',
    ]);
    expect(plan).toEqual({
      title: [0],
      date: [1],
      start: [2],
      end: [3],
      location: [4],
      commune: [5],
      theme: [6],
      registration: [7],
    });
    expect(unknown).toEqual([]);
  });

  it('finds Google Calendar CSV columns', () => {
    const { plan, unknown } = planOf([
      'Subject',
      'Start Date',
      'Start Time',
      'End Date',
      'End Time',
      'All Day Event',
      'Description',
      'Location',
      'Private',
    ]);
    expect(plan).toEqual({
      title: [0],
      date: [1],
      start: [2],
      endDate: [3],
      end: [4],
      allDay: [5],
      description: [6],
      location: [7],
      private: [8],
    });
    expect(unknown).toEqual([]);
  });

  it('reads the French columns of a multilingual OpenAgenda export and ignores the others', () => {
    const { plan, unknown } = planOf([
      'Identifiant',
      'Titre - EN',
      'Titre - FR',
      'Description - FR',
      'Description longue - FR',
      'Horaires ISO',
      'Mots clés - FR',
      'Latitude',
      'Longitude',
    ]);
    expect(plan).toEqual({
      uid: [0],
      title: [2],
      description: [3, 4],
      timings: [5],
      theme: [6],
      latitude: [7],
      longitude: [8],
    });
    expect(unknown).toEqual(['Titre - EN']);
  });

  it('prefers the commune name over the postal code, whatever the order of the columns', () => {
    expect(planOf(['Titre', 'Date', 'Code postal', 'Commune']).plan.commune).toEqual([3, 2]);
  });

  it('uses the source mapping before the names it knows, case- and accent-insensitively', () => {
    const { plan, unknown, missingMapped } = planOf(['Nom', 'Quand', 'Titre', 'Lieu'], {
      title: 'TITRE',
      date: 'quand',
      url: 'Site',
    });
    expect(plan).toEqual({ title: [2], date: [1], location: [3] });
    expect(unknown).toEqual(['Nom']);
    expect(missingMapped).toEqual([{ field: 'url', header: 'Site' }]);
  });

  it('cannot read a table without title or date, with an end but no start, or with one column twice', () => {
    expect(resolveColumns(['Date', 'Lieu'])).toMatchObject({
      ok: false,
      reason: 'missing-title',
      headers: ['Date', 'Lieu'],
    });
    expect(resolveColumns(['Titre', 'Lieu'])).toMatchObject({ ok: false, reason: 'missing-date' });
    expect(resolveColumns(['Titre', 'Date', 'Heure de fin'])).toMatchObject({ ok: false, reason: 'end-without-start' });
    expect(resolveColumns(['Titre', 'Date', 'Début', 'Début'])).toMatchObject({
      ok: false,
      reason: 'duplicate',
      header: 'Début',
    });
  });

  it('reads Outlook’s French export, whose Début and Fin columns hold the dates', () => {
    const { plan } = planOf([
      'Objet',
      'Début',
      'Heure de début',
      'Fin',
      'Heure de fin',
      'Journée entière',
      'Emplacement',
      'Privé',
      'Sensibilité',
    ]);
    expect(plan).toEqual({
      title: [0],
      date: [1],
      start: [2],
      endDate: [3],
      end: [4],
      allDay: [5],
      location: [6],
      private: [7, 8],
    });
  });

  it('accepts OpenAgenda timings instead of a date column', () => {
    expect(planOf(['Titre - FR', 'Horaires ISO']).plan.timings).toEqual([1]);
  });
});

describe('headerName', () => {
  it('folds a header and keeps only the French variant of a multilingual one', () => {
    expect(headerName(' Mots clés - FR ')).toBe('mots cles');
    expect(headerName('Titre (fr)')).toBe('titre');
    expect(headerName('Titre - EN')).toBeNull();
    expect(headerName('Description longue - HTML')).toBe('description longue html');
  });
});
