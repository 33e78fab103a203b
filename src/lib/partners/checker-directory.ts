/**
 * The part of the site's data the feed checker needs to read a feed as the nightly run does
 * (places and communes to resolve locations, the taxonomy for themes and publics), written into
 * the checker's page at build time and read back in the browser.
 */
import type { Commune } from '../domain/commune.ts';
import type { PlaceEntry } from '../domain/place.ts';
import type { Taxonomy } from '../domain/taxonomy.ts';

/** What `checkFeed` reads besides the feed. */
export interface CheckerDirectory {
  places: PlaceEntry[];
  communes: Commune[];
  taxonomy: Taxonomy;
}

/**
 * The directory as the page carries it: places without their long description (no rule of the
 * ingest reads it), communes and taxonomy whole.
 */
export function toCheckerDirectory(data: {
  places: readonly PlaceEntry[];
  communes: readonly Commune[];
  taxonomy: Taxonomy;
}): CheckerDirectory {
  return {
    places: data.places.map((place) => ({ ...place, description: '' })),
    communes: [...data.communes],
    taxonomy: data.taxonomy,
  };
}

/**
 * The directory from the page's JSON. The build wrote it from validated data: only its shape is
 * checked here, so that a damaged page fails with a clear message rather than a wrong answer.
 */
export function readCheckerDirectory(json: string): CheckerDirectory {
  const data = JSON.parse(json) as Partial<CheckerDirectory> | null;
  if (
    data === null ||
    !Array.isArray(data.places) ||
    !Array.isArray(data.communes) ||
    typeof data.taxonomy !== 'object' ||
    !Array.isArray(data.taxonomy.themes)
  ) {
    throw new Error('données du vérificateur illisibles (lieux, communes, thèmes)');
  }
  return data as CheckerDirectory;
}
