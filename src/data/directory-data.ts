import type { PlaceEntry } from '../lib/domain/index.ts';
import { formatPhone, phoneHref } from '../lib/format/format-phone.ts';
import { filterPlaces, type PlaceFilter } from '../lib/places/filter-places.ts';
import { routes } from '../lib/site/routes.ts';
import { ui } from '../lib/site/ui.ts';
import type { SiteData } from './site-data.ts';

/** One line of the directory: who, what, where, how to call. */
export interface DirectoryEntry {
  id: string;
  name: string;
  href: string;
  kind: string;
  commune: string;
  themes: string[];
  publics: string[];
  phone: { text: string; href: string } | null;
}

/** A filter link of the directory: its label, its page, whether it is the current one. */
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

const labelOf = (list: readonly { id: string; label: string }[], id: string) =>
  list.find((e) => e.id === id)?.label ?? id;

/** The directory lines of these places, in their order. */
export function toDirectoryEntries(data: SiteData, places: readonly PlaceEntry[]): DirectoryEntry[] {
  const { taxonomy, communes } = data;
  return places.map((p) => ({
    id: p.id,
    name: p.name,
    href: routes.place(p.id),
    kind: labelOf(taxonomy.placeKinds, p.kind),
    commune:
      p.stops.length > 0
        ? p.stops.map((s) => communes.find((c) => c.insee === s.commune)?.name ?? s.commune).join(', ')
        : (communes.find((c) => c.insee === p.address.commune)?.name ?? p.address.commune),
    themes: p.themes.map((t) => labelOf(taxonomy.themes, t)),
    publics: p.publics.map((t) => labelOf(taxonomy.publics, t)),
    phone: p.phone === undefined ? null : { text: formatPhone(p.phone), href: phoneHref(p.phone) },
  }));
}

/** Every filter page of the directory (one criterion each: they work without JavaScript). */
export function directoryFilters(data: SiteData): DirectoryFilters {
  return {
    needs: data.taxonomy.needs.map((n) => ({ label: n.label, href: routes.directoryNeed(n.id) })),
    publics: data.taxonomy.publics
      .filter((p) => p.id !== 'tout-public')
      .map((p) => ({ label: p.label, href: routes.directoryPublic(p.id) })),
    communes: data.communes.map((c) => ({ label: c.name, href: routes.directoryCommune(c.slug) })),
  };
}

/**
 * Static paths of one kind of directory filter page (`/annuaire/besoin/<id>/`…): one page per
 * value, titled with its label, listing the places that pass its filter.
 */
export function directoryFilterPaths<T>(
  data: SiteData,
  values: readonly T[],
  pageOf: (value: T) => { params: Record<string, string>; label: string; filter: PlaceFilter },
) {
  const filters = directoryFilters(data);
  return values.map((value) => {
    const { params, label, filter } = pageOf(value);
    return {
      params,
      props: {
        title: ui.directory.filterTitle(label),
        entries: toDirectoryEntries(data, filterPlaces(data.places, filter)),
        filters,
      },
    };
  });
}
