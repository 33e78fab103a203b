import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import {
  CommuneSchema,
  OccurrenceSchema,
  PlaceSchema,
  SourceSchema,
  StatusFileSchema,
  TaxonomySchema,
} from './lib/domain/index.ts';
import { contentDir } from './config.ts';
import { eventsLoader } from './loaders/events-loader.ts';

/** Hand-edited (refreshed from @etalab/decoupage-administratif); read by every page that names a commune. */
const communes = defineCollection({
  loader: file(`${contentDir}/communes.json`, {
    parser: (text) => Object.fromEntries((JSON.parse(text) as { insee: string }[]).map((c) => [c.insee, c])),
  }),
  schema: CommuneSchema,
});

/** Hand-edited, one Markdown file per place; read by the directory, place, commune and map pages. */
const places = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/places` }),
  schema: PlaceSchema,
});

/** Hand-edited registry of partner feeds; read by the partners pages and to credit organisers. */
const sources = defineCollection({
  loader: file(`${contentDir}/sources.yaml`, {
    parser: (text) =>
      Object.fromEntries((parseYaml(text) as { sources: { id: string }[] }).sources.map((s) => [s.id, s])),
  }),
  schema: SourceSchema,
});

/** Written by `npm run ingest` (content/events/*.json); read by agenda, event, place and feed pages. */
const events = defineCollection({
  loader: eventsLoader(`${contentDir}/events`),
  schema: OccurrenceSchema,
});

/** Hand-edited controlled lists; read everywhere labels are shown. */
const taxonomy = defineCollection({
  loader: file(`${contentDir}/taxonomy.yaml`, {
    parser: (text) => ({ taxonomy: parseYaml(text) as Record<string, unknown> }),
  }),
  schema: TaxonomySchema,
});

/** Written by `npm run ingest`; read by the partners page (feed health). */
const status = defineCollection({
  loader: file(`${contentDir}/status.json`, {
    parser: (text) => ({ status: JSON.parse(text) as Record<string, unknown> }),
  }),
  schema: StatusFileSchema,
});

export const collections = { communes, places, sources, events, taxonomy, status };
