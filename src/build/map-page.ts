/**
 * The map page (`/carte/`) and its data file (`/carte/lieux.json`): the file holds every place
 * (markers, popups, filters); the page holds a list grouped by commune, at most
 * `MAP_LIST_PER_COMMUNE` places each, the directory giving the rest.
 */
import type { Commune } from '../lib/domain/index.ts';
import { toMapPlace, type MapData } from '../lib/places/map-data.ts';
import { getBuildContext } from './build-context.ts';
import { sessionsAt, summaryOf } from './place-pages.ts';

/** Places listed per commune on the map page: with 16 communes, the page stays under its budget. */
export const MAP_LIST_PER_COMMUNE = 10;

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
  /** How many places the commune has (the list shows `MAP_LIST_PER_COMMUNE` at most). */
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
    byCommune.set(place.address.commune, [...(byCommune.get(place.address.commune) ?? []), line]);
  }
  return build.communes.flatMap((commune) => {
    const places = byCommune.get(commune.insee) ?? [];
    if (places.length === 0) return [];
    const { name, slug } = commune;
    return [{ commune: { name, slug }, count: places.length, places: places.slice(0, MAP_LIST_PER_COMMUNE) }];
  });
}
