import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { PlaceEntry } from '../../../src/lib/domain/index.ts';
import { readContent } from '../../../src/loaders/read-content.ts';
import { buildExportContext } from '../../../src/lib/export/export-context.ts';
import { toInternationalPhone } from '../../../src/lib/export/to-mednum-row.ts';
import { toMednumCsv, toMednumJson, toMednumRows } from '../../../src/lib/export/to-open-data.ts';
import { fixtureContext } from '../../support/export-context-fixture.ts';
import { validateMednumTable } from '../../support/mednum-schema.ts';
import { fixturePlaces } from '../../support/outputs-fixture.ts';
import { root } from '../../support/paths.ts';

const readCsv = (text: string) => Papa.parse<Record<string, string>>(text.trim(), { header: true });

describe('toMednumCsv', () => {
  const ctx = fixtureContext();
  const { rows, problems } = toMednumRows(fixturePlaces(), ctx, '2026-12-01');
  const parsed = readCsv(toMednumCsv(rows));

  it('writes rows that satisfy every constraint of the national schema', () => {
    expect(problems).toEqual([]);
    expect(parsed.data).toHaveLength(2);
    expect(validateMednumTable(parsed.meta.fields ?? [], parsed.data)).toEqual([]);
  });

  it('maps themes, fees and modes to the national labels, `|` between values', () => {
    const mediatheque = parsed.data.find((r) => r['id'] === 'mediatheque-janze');
    expect(mediatheque?.['services']).toBe(
      'Maîtrise des outils numériques du quotidien|Accès internet et matériel informatique|Utilisation sécurisée du numérique',
    );
    expect(mediatheque?.['modalites_accompagnement']).toBe('Dans un atelier collectif|En autonomie');
    expect(mediatheque?.['frais_a_charge']).toBe('Gratuit');
    expect(mediatheque?.['typologie']).toBe('BIB');
    expect(mediatheque?.['telephone']).toBe('+33299470000');
    expect(mediatheque?.['itinerance']).toBe('Fixe');
    expect(mediatheque?.['horaires']).toBe('Tu 14:00-18:00; We 10:00-12:00,14:00-18:00; Sa 10:00-12:30');
  });

  it('fills the required pivot of a place without SIRET with the national placeholder', () => {
    expect(parsed.data.find((r) => r['id'] === 'fablab-retiers')?.['pivot']).toBe('00000000000000');
  });

  it('marks an itinerant service as such', () => {
    const bus = {
      ...(fixturePlaces()[0] as PlaceEntry),
      id: 'bus',
      kind: 'bus-france-services',
      name: 'Bus France Services',
    };
    const [row] = toMednumRows([bus], ctx, '2026-12-01').rows;
    expect(row?.itinerance).toBe('Itinérant');
    expect(row?.dispositif_programmes_nationaux).toBe('France Services');
  });

  it('leaves out and reports a place the national schema refuses, keeping the others', () => {
    const broken = { ...(fixturePlaces()[1] as PlaceEntry), id: 'sans-nom', name: '' };
    const result = toMednumRows([...fixturePlaces(), broken], ctx, '2026-12-01');
    expect(result.rows).toHaveLength(2);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/^lieu « sans-nom » non publié/);
  });

  it('gives the committed places as valid national rows', async () => {
    const content = await readContent(`${root}/content`);
    const real = buildExportContext({ ...content, seriesSlugs: new Map() }, 'https://reperes.example.org');
    const result = toMednumRows(content.places, real, '2026-12-01');
    // Only places whose address the partner has not confirmed are left out (the schema requires a street).
    expect(result.problems.filter((p) => !p.addressToConfirm)).toEqual([]);
    const table = readCsv(toMednumCsv(result.rows));
    expect(table.data.length + result.problems.length).toBe(content.places.length);
    expect(table.data.length).toBeGreaterThan(0);
    expect(validateMednumTable(table.meta.fields ?? [], table.data)).toEqual([]);
  });
});

describe('date_maj', () => {
  it('is the day the place’s record last changed (updatedOn), not the day of the build', () => {
    const ctx = fixtureContext();
    const [place] = fixturePlaces();
    const { rows } = toMednumRows([{ ...(place as PlaceEntry), updatedOn: '2026-10-14' }], ctx, '2026-12-01');
    expect(rows[0]?.date_maj).toBe('2026-10-14');
  });
});

describe('toMednumJson', () => {
  it('writes the same places with numeric coordinates', () => {
    const json = toMednumJson(fixturePlaces(), fixtureContext(), '2026-12-01') as Record<string, unknown>[];
    expect(json.map((p) => p['id'])).toEqual(['fablab-retiers', 'mediatheque-janze']);
    expect(typeof json[0]?.['latitude']).toBe('number');
    expect(json[0]?.['date_maj']).toBe('2026-12-01');
  });
});

describe('toInternationalPhone', () => {
  it('writes French numbers in the international form without spaces', () => {
    expect(toInternationalPhone('02 99 47 00 00')).toBe('+33299470000');
    expect(toInternationalPhone('+33 2 99 43 00 00')).toBe('+33299430000');
  });
});

describe('validateMednumTable (the test’s schema checker)', () => {
  it('catches a missing required field, a wrong enum value and columns out of order', () => {
    const header = ['pivot', 'id'];
    const row = { id: 'x', pivot: '123', services: 'Aide aux démarches administratives;Autre', itinerance: 'Mobile' };
    const problems = validateMednumTable(header, [row]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^en-tête/),
        'ligne 2, nom : obligatoire',
        expect.stringMatching(/^ligne 2, pivot/),
        expect.stringMatching(/^ligne 2, services/),
        expect.stringMatching(/^ligne 2, itinerance/),
      ]),
    );
  });
});

describe('toMednumRows with facts to confirm', () => {
  it('does not send hours or a phone number the partner has not confirmed to the national file', () => {
    const place = { ...(fixturePlaces()[0] as PlaceEntry), toConfirm: ['openingHours' as const, 'phone' as const] };
    const [row] = toMednumRows([place], fixtureContext(), '2026-12-01').rows;
    expect(row?.horaires).toBe('');
    expect(row?.telephone).toBe('');
    expect(row?.courriels).toBe('mediatheque@example.org');
    expect(row?.adresse).toBe('2 rue de la Poste');
  });
});
