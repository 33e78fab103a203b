/**
 * The directory's pages: every place, and one listing per need, public and commune, each cut
 * into pages of `DIRECTORY_PAGE_SIZE` places (`/annuaire/`, `/annuaire/page-2/`…).
 */
import { specificPublics, type PlaceEntry } from '../lib/domain/index.ts';
import { filterPlaces, type PlaceFilter } from '../lib/places/filter-places.ts';
import type { PlaceSummary } from '../lib/places/place-summary.ts';
import { paginate, type PagePosition } from '../lib/site/paginate.ts';
import { pageParam, routes } from '../lib/site/routes.ts';
import { directoryText } from '../lib/site/strings/directory.ts';
import { paginationText } from '../lib/site/strings/pagination.ts';
import { getBuildContext, type BuildContext } from './build-context.ts';

/** Places per page of the directory: keeps a page under the 600-element budget of listings. */
export const DIRECTORY_PAGE_SIZE = 30;

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

/** What a page of the directory shows: its places, how many in all, the filters, where it stands. */
export interface DirectoryPageProps {
  title: string;
  places: PlaceSummary[];
  count: number;
  filters: DirectoryFilters;
  position: PagePosition;
}

/** A listing of places cut into pages under `base`, each page's `[...page]` parameter with `params`. */
function pagedPlaces(
  build: BuildContext,
  listing: { title: string; base: string; places: readonly PlaceEntry[] },
  params: Record<string, string> = {},
) {
  const places = summariesOf(build, listing.places);
  const filters = directoryFilters(build);
  return paginate(places, DIRECTORY_PAGE_SIZE).map(({ page, pages, items }) => ({
    params: { ...params, page: pageParam(page) },
    props: {
      title: paginationText.title(listing.title, page),
      places: items,
      count: places.length,
      filters,
      position: { page, pages, base: listing.base },
    } satisfies DirectoryPageProps,
  }));
}

/** The directory itself: every place, `/annuaire/`, `/annuaire/page-2/`… */
export async function directoryPaths() {
  const build = await getBuildContext();
  return pagedPlaces(build, { title: directoryText.title, base: routes.directory(), places: build.places });
}

/**
 * Static paths of one kind of directory filter page (`/annuaire/besoin/<id>/`…): one listing per
 * value, titled with its label, of the places that pass its filter.
 */
function filterPaths<T>(
  build: BuildContext,
  values: readonly T[],
  pageOf: (value: T) => { params: Record<string, string>; label: string; base: string; filter: PlaceFilter },
) {
  return values.flatMap((value) => {
    const { params, label, base, filter } = pageOf(value);
    const places = filterPlaces(build.places, filter);
    return pagedPlaces(build, { title: directoryText.filterTitle(label), base, places }, params);
  });
}

/** `/annuaire/besoin/<need>/`. */
export async function needPaths() {
  const build = await getBuildContext();
  return filterPaths(build, build.taxonomy.needs, (need) => ({
    params: { need: need.id },
    label: need.label,
    base: routes.directoryNeed(need.id),
    filter: { need },
  }));
}

/** `/annuaire/public/<public>/` (every public but « tout public »). */
export async function publicPaths() {
  const build = await getBuildContext();
  return filterPaths(build, specificPublics(build.taxonomy.publics), (p) => ({
    params: { public: p.id },
    label: p.label,
    base: routes.directoryPublic(p.id),
    filter: { publicId: p.id },
  }));
}

/** `/annuaire/commune/<slug>/`. */
export async function communePaths() {
  const build = await getBuildContext();
  return filterPaths(build, build.communes, (c) => ({
    params: { slug: c.slug },
    label: c.name,
    base: routes.directoryCommune(c.slug),
    filter: { commune: c.insee },
  }));
}
