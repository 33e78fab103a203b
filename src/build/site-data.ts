import type {
  Commune,
  IndicatorHistory,
  Occurrence,
  PlaceEntry,
  Source,
  StatusFile,
  Taxonomy,
} from '../lib/domain/index.ts';
import { buildNow, contentDir as configuredContentDir } from '../config.ts';
import { readOccurrence } from '../lib/agenda/read-occurrence.ts';
import { dedupeOccurrences } from '../lib/ingest/dedupe.ts';
import { dataUpdatedAt } from '../lib/site/data-date.ts';
import { readAllEvents, readContent, readIndicatorHistory, readStatus } from '../loaders/read-content.ts';

/**
 * Every occurrence of `content/events/`, read and validated by the one reader of content/. Not a
 * content collection: at 50 000 occurrences Astro's data store (serialised, compiled as a module,
 * then revived) cost the build twenty times what reading the files does.
 */
async function readOccurrences(contentDir: string): Promise<Occurrence[]> {
  return (await readAllEvents(contentDir)).flatMap((file) => file.events.occurrences);
}

/** Everything a page may render, loaded once per build from the content collections. */
export interface SiteData {
  /** The build's "now" (REPERES_NOW or the clock). */
  now: Date;
  /** Communes sorted by name (French collation). */
  communes: Commune[];
  /** Places sorted by name, each with its id and Markdown body as `description`. */
  places: PlaceEntry[];
  /** Sources of `sources.yaml`, in file order. */
  sources: Source[];
  taxonomy: Taxonomy;
  /**
   * Every occurrence as the site reads it (`readOccurrence`: no « Annulé » in a cancelled title, the
   * price a description states), sorted by start then id, cross-source duplicates merged (the kept one lists
   * the others in `alsoFrom`; the files under content/events/ keep each source's full data).
   */
  occurrences: Occurrence[];
  status: StatusFile;
  /**
   * When the site's data was last updated: when the last ingest read the partners' feeds
   * (`status.json`'s `generatedAt`), never later than the build's `now`; the build's `now` when no
   * ingest has run yet (the data is then the hand-edited content, as of this build). The ingest time,
   * not the build time: a build without a new ingest (a code deploy) publishes old data, and the site
   * must not present it as fresh.
   */
  updatedAt: Date;
  /** The indicators' history written night after night (`content/indicators/history.json`). */
  history: IndicatorHistory;
}

/**
 * Reads all of `contentDir` with the one reader of content/ (src/loaders/read-content.ts) into the
 * site's data, sorted for display: a file that cannot be read or validated fails the build with its
 * name, never builds a site without it. No Astro content collection: their data store, synced,
 * serialised and revived on every build, cost close to a third of a whole build's CPU at 200 places
 * (outputs identical without it); the dev server reloads on a change of content/ (astro.config.mjs).
 */
export async function loadSiteData(contentDir = configuredContentDir, now = buildNow): Promise<SiteData> {
  const [{ communes, places, sources, taxonomy }, occurrences, status, history] = await Promise.all([
    readContent(contentDir),
    readOccurrences(contentDir),
    readStatus(contentDir),
    readIndicatorHistory(contentDir),
  ]);
  const byStart = (a: Occurrence, b: Occurrence) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.id.localeCompare(b.id);
  return {
    now,
    communes: communes.sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    places: places.sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    sources,
    taxonomy,
    occurrences: dedupeOccurrences(occurrences.map((o) => readOccurrence(o))).sort(byStart),
    status: status ?? { generatedAt: '1970-01-01T00:00:00+00:00', sources: [] },
    updatedAt: dataUpdatedAt(status?.generatedAt, now),
    history,
  };
}
