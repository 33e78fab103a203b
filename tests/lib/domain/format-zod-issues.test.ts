import { describe, expect, it } from 'vitest';
import {
  PlaceSchema,
  SourceEventsSchema,
  SourceRegistrySchema,
  formatRegistryIssues,
  formatZodIssues,
} from '../../../src/lib/domain/index.ts';

const issuesOf = (result: { success: boolean; error?: unknown }) => {
  if (result.success) throw new Error('the data was expected to be refused');
  return result.error as Parameters<typeof formatZodIssues>[0];
};

describe('formatZodIssues', () => {
  it('names each wrong field by its dotted path, one line each', () => {
    const error = issuesOf(
      PlaceSchema.safeParse({
        name: 'Médiathèque',
        kind: 'mediatheque',
        address: { street: '1 rue X', postalCode: '3515', commune: '35136' },
        coordinates: { lat: 47.9, lon: -1.4 },
        themes: [],
      }),
    );
    expect(formatZodIssues(error)).toMatchInlineSnapshot(`
      "\`address.postalCode\` : Invalid string: must match pattern /^\\d{5}$/
      \`themes\` : Too small: expected array to have >=1 items"
    `);
  });

  it('says « (racine) » when the whole document is wrong', () => {
    expect(formatZodIssues(issuesOf(SourceEventsSchema.safeParse([])))).toMatchInlineSnapshot(
      `"\`(racine)\` : Invalid input: expected object, received array"`,
    );
  });

  it('names the array index of an occurrence at fault', () => {
    const error = issuesOf(SourceEventsSchema.safeParse({ sourceId: 'pij', occurrences: [{ id: 'o-1' }] }));
    expect(formatZodIssues(error).split('\n')[0]).toMatchInlineSnapshot(
      `"\`occurrences.0.id\` : Invalid string: must match pattern /^o-[0-9a-f]{16}$/"`,
    );
  });
});

describe('formatRegistryIssues', () => {
  it('names the source at fault by its rank and id, then the field', () => {
    const raw = {
      sources: [
        { id: 'fablab', name: 'FabLab', organisation: 'fablab-janze', format: 'ics', path: 'feeds/f.ics' },
        { id: 'tableur', name: 'Tableur', organisation: 'pij-janze', format: 'xls', path: 'feeds/t.csv' },
      ],
    };
    expect(formatRegistryIssues(issuesOf(SourceRegistrySchema.safeParse(raw)), raw)).toMatchInlineSnapshot(
      `"source n° 2 (« tableur »), \`format\` : Invalid option: expected one of "ics"|"csv""`,
    );
  });

  it('keeps the plain path for a problem outside any source', () => {
    const raw = { feeds: [] };
    expect(formatRegistryIssues(issuesOf(SourceRegistrySchema.safeParse(raw)), raw)).toMatchInlineSnapshot(`
      "\`sources\` : Invalid input: expected array, received undefined
      \`(racine)\` : Unrecognized key: "feeds""
    `);
  });
});
