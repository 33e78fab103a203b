import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  CommuneListSchema,
  SourceSchema,
  TaxonomySchema,
  type FeedEvent,
  type PlaceEntry,
  type Source,
} from '../../src/lib/domain/index.ts';
import { makePlace } from './make-place.ts';
import { root } from './paths.ts';

/** The real communes and taxonomy of content/ (read, never written). */
export const communes = CommuneListSchema.parse(
  JSON.parse(readFileSync(path.join(root, 'content/communes.json'), 'utf8')),
);
export const taxonomy = TaxonomySchema.parse(parseYaml(readFileSync(path.join(root, 'content/taxonomy.yaml'), 'utf8')));

/** A small directory: two médiathèques in two communes, a FabLab, and the itinerant bus. */
export const places: PlaceEntry[] = [
  makePlace('mediatheque-janze', {
    name: 'Médiathèque de Janzé',
    address: { street: '2 rue de la Libération', postalCode: '35150', commune: '35136' },
    coordinates: { lat: 47.9611, lon: -1.4993 },
  }),
  makePlace('mediatheque-retiers', {
    name: 'Médiathèque de Retiers',
    address: { street: '1 place Saint-Pierre', postalCode: '35240', commune: '35239' },
    coordinates: { lat: 47.9124, lon: -1.3799 },
  }),
  makePlace('fablab-janze', {
    name: 'FabLab de Janzé',
    kind: 'fablab',
    address: { street: '12 avenue Jean Jaurès', postalCode: '35150', commune: '35136' },
    coordinates: { lat: 47.9602, lon: -1.4951 },
  }),
  makePlace('bus-france-services', {
    name: 'Bus France Services',
    kind: 'bus-france-services',
    address: { street: '16 rue Louis Pasteur', postalCode: '35240', commune: '35239' },
    coordinates: { lat: 47.95, lon: -1.5 },
    stops: [
      {
        commune: '35108',
        location: 'Place de l’église',
        coordinates: { lat: 47.88, lon: -1.36 },
        openingHours: 'Tu 09:00-12:00',
      },
    ],
  }),
];

/** A registry source, validated by the real schema. */
export function makeSource(fields: Partial<Record<keyof Source, unknown>> = {}): Source {
  return SourceSchema.parse({
    id: 'mediatheque-janze',
    name: 'Médiathèque de Janzé',
    organisation: 'mediatheque-janze',
    format: 'ics',
    path: 'feeds/mediatheque.ics',
    ...fields,
  });
}

/** A parser's event with every field, overridable. */
export function makeFeedEvent(fields: Partial<FeedEvent> = {}): FeedEvent {
  return {
    uid: 'uid-1',
    recurrenceId: null,
    title: 'Atelier tablette',
    description: null,
    start: '2026-12-02T14:00:00+01:00',
    end: '2026-12-02T16:00:00+01:00',
    allDay: false,
    status: 'confirmed',
    location: null,
    address: null,
    communeText: null,
    coordinates: null,
    url: null,
    registration: null,
    price: null,
    categories: [],
    publicsText: [],
    updatedAt: null,
    line: 1,
    ...fields,
  };
}
