import { PlaceSchema, type PlaceEntry } from '../../../src/lib/domain/index.ts';

/** A valid place entry with sensible defaults, overridden field by field. */
export function makePlace(id: string, fields: Record<string, unknown> = {}): PlaceEntry {
  const data = PlaceSchema.parse({
    name: id,
    kind: 'mediatheque',
    address: { street: '1 rue de la Mairie', postalCode: '35150', commune: '35136' },
    coordinates: { lat: 47.9, lon: -1.4 },
    themes: ['bases'],
    ...fields,
  });
  return { ...data, id, description: '' };
}
