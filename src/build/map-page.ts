/**
 * The map page (`/carte/`) and its data file (`/carte/lieux.json`): the file holds every place
 * (markers, popups, filters); the page holds a list grouped by commune, every place while there
 * are at most `MAP_LIST_MAX` of them, else an equal share of them per commune, the directory
 * giving the rest.
 */
import type { Commune } from '../lib/domain/index.ts';
import { toMapPlace, type MapData } from '../lib/places/map-data.ts';
import { capGroups } from '../lib/site/paginate.ts';
import { getBuildContext } from './build-context.ts';
import { sessionsAt, summaryOf } from './place-pages.ts';

/**
 * Places listed on the map page at most (three elements a line, six a commune): with the form
 * and the layout, the page stays under the 600 elements of a listing (DESIGN.md) with the 16
 * communes of the territory; 500 places measured 682 elements with 10 a commune
 * (`npm run bench -- --scale c`).
 */
export const MAP_LIST_MAX = 120;

/** One line of the map page's list. */
export interface MapListPlace {
  id: string;
  name: string;
  href: string;
  kind: string;
}

/** The places of one commune in the map page's list. */
export interface MapListGroup {
  commune: Pick<Commune, 'name' | 'slug'>;
  /** How many places the commune has (the list may show fewer: `MAP_LIST_MAX`). */
  count: number;
  places: MapListPlace[];
}

/** The map's data file: every place and the needs of the filter. */
export async function mapData(): Promise<MapData> {
  const build = await getBuildContext();
  return {
    needs: build.taxonomy.needs.map(({ id, themes, publics }) => ({ id, themes, publics })),
    places: build.places.map((place) => toMapPlace(summaryOf(build, place), sessionsAt(build, place.id, 1)[0] ?? null)),
  };
}

/** The map page's list: places by the commune of their address, communes by name, places by name. */
export async function mapList(): Promise<MapListGroup[]> {
  const build = await getBuildContext();
  const byCommune = new Map<string, MapListPlace[]>();
  for (const place of build.places) {
    const summary = summaryOf(build, place);
    const line = { id: place.id, name: summary.name, href: summary.href, kind: summary.kindLabel };
    const lines = byCommune.get(place.address.commune);
    if (lines === undefined) byCommune.set(place.address.commune, [line]);
    else lines.push(line);
  }
  const communes = build.communes.filter((commune) => byCommune.has(commune.insee));
  const capped = capGroups(
    communes.map((commune) => byCommune.get(commune.insee) ?? []),
    MAP_LIST_MAX,
  );
  return communes.map(({ name, slug }, i) => {
    const { count, items } = capped[i] ?? { count: 0, items: [] };
    return { commune: { name, slug }, count, places: items };
  });
}
