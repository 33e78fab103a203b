/** The directory's pages: every place, and one page per need, public and commune. */
import { specificPublics, type PlaceEntry } from '../lib/domain/index.ts';
import { filterPlaces, type PlaceFilter } from '../lib/places/filter-places.ts';
import type { PlaceSummary } from '../lib/places/place-summary.ts';
import { routes } from '../lib/site/routes.ts';
import { directoryText } from '../lib/site/strings/directory.ts';
import { getBuildContext, type BuildContext } from './build-context.ts';

/** A filter link of the directory: its label and its page. */
export interface FilterLink {
  label: string;
  href: string;
}

/** The directory's filter links, by need, public and commune. */
export interface DirectoryFilters {
  needs: FilterLink[];
  publics: FilterLink[];
  communes: FilterLink[];
}

/** The summaries of some places, in their order. */
export function summariesOf(build: BuildContext, places: readonly PlaceEntry[]): PlaceSummary[] {
  return places.flatMap((p) => build.summaries.get(p.id) ?? []);
}

/** Every filter page of the directory (one criterion each: they work without JavaScript). */
export function directoryFilters(build: BuildContext): DirectoryFilters {
  return {
    needs: build.taxonomy.needs.map((n) => ({ label: n.label, href: routes.directoryNeed(n.id) })),
    publics: specificPublics(build.taxonomy.publics).map((p) => ({
      label: p.label,
      href: routes.directoryPublic(p.id),
    })),
    communes: build.communes.map((c) => ({ label: c.name, href: routes.directoryCommune(c.slug) })),
  };
}

/** The directory itself: every place. */
export async function directoryIndex() {
  const build = await getBuildContext();
  return { title: directoryText.title, places: summariesOf(build, build.places), filters: directoryFilters(build) };
}

/**
 * Static paths of one kind of directory filter page (`/annuaire/besoin/<id>/`…): one page per
 * value, titled with its label, listing the places that pass its filter.
 */
function filterPaths<T>(
  build: BuildContext,
  values: readonly T[],
  pageOf: (value: T) => { params: Record<string, string>; label: string; filter: PlaceFilter },
) {
  const filters = directoryFilters(build);
  return values.map((value) => {
    const { params, label, filter } = pageOf(value);
    return {
      params,
      props: {
        title: directoryText.filterTitle(label),
        places: summariesOf(build, filterPlaces(build.places, filter)),
        filters,
      },
    };
  });
}

/** `/annuaire/besoin/<need>/`. */
export async function needPaths() {
  const build = await getBuildContext();
  return filterPaths(build, build.taxonomy.needs, (need) => ({
    params: { need: need.id },
    label: need.label,
    filter: { need },
  }));
}

/** `/annuaire/public/<public>/` (every public but « tout public »). */
export async function publicPaths() {
  const build = await getBuildContext();
  return filterPaths(build, specificPublics(build.taxonomy.publics), (p) => ({
    params: { public: p.id },
    label: p.label,
    filter: { publicId: p.id },
  }));
}

/** `/annuaire/commune/<slug>/`. */
export async function communePaths() {
  const build = await getBuildContext();
  return filterPaths(build, build.communes, (c) => ({
    params: { slug: c.slug },
    label: c.name,
    filter: { commune: c.insee },
  }));
}
