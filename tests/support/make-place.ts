import { PlaceSchema, type PlaceEntry } from '../../src/lib/domain/index.ts';

/**
 * A valid place of the directory for tests, validated by the real schema: only what the test
 * cares about is given, the rest is a médiathèque in Janzé. `description` is the Markdown body.
 */
export function makePlace(id: string, fields: Record<string, unknown> = {}, description = ''): PlaceEntry {
  const data = PlaceSchema.parse({
    name: id,
    kind: 'mediatheque',
    address: { street: '1 rue de la Mairie', postalCode: '35150', commune: '35136' },
    coordinates: { lat: 47.9, lon: -1.4 },
    themes: ['bases'],
    ...fields,
  });
  return { ...data, id, description };
}
