import { defineCollection } from 'astro:content';
import {
  CommuneSchema,
  IndicatorHistorySchema,
  PlaceSchema,
  SourceSchema,
  StatusFileSchema,
  TaxonomySchema,
} from './lib/domain/index.ts';
import { contentDir } from './config.ts';
import {
  communesLoader,
  indicatorsLoader,
  placesLoader,
  sourcesLoader,
  statusLoader,
  taxonomyLoader,
} from './loaders/content-loaders.ts';

/*
 * Every collection is read by src/loaders/read-content.ts, the reader the scripts use too; a file
 * that cannot be read or validated stops the build with its name.
 */

/** Hand-edited (refreshed from @etalab/decoupage-administratif); read by every page that names a commune. */
const communes = defineCollection({ loader: communesLoader(contentDir), schema: CommuneSchema });

/** Hand-edited, one Markdown file per place; read by the directory, place, commune and map pages. */
const places = defineCollection({ loader: placesLoader(contentDir), schema: PlaceSchema });

/** Hand-edited registry of partner feeds; read by the partners pages and to credit organisers. */
const sources = defineCollection({ loader: sourcesLoader(contentDir), schema: SourceSchema });

/*
 * The occurrences (content/events/*.json, written by `npm run ingest`) are not a collection: the
 * build reads them once with the same reader (src/build/site-data.ts), which at scale costs a
 * twentieth of Astro's data store.
 */

/** Hand-edited controlled lists; read everywhere labels are shown. */
const taxonomy = defineCollection({ loader: taxonomyLoader(contentDir), schema: TaxonomySchema });

/** Written by `npm run ingest`; read by the partners page (feed health). */
const status = defineCollection({ loader: statusLoader(contentDir), schema: StatusFileSchema });

/** Written by `npm run nightly` (content/indicators/history.json); read by the observatory. */
const indicators = defineCollection({ loader: indicatorsLoader(contentDir), schema: IndicatorHistorySchema });

export const collections = { communes, places, sources, taxonomy, status, indicators };
