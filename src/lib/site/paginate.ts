/** Long lists cut into pages, the same way for every listing (`pagedPath` gives their addresses). */

/** Where a page stands in its listing: its number, how many, and the address of its first page. */
export interface PagePosition {
  /** 1-based. */
  page: number;
  pages: number;
  /** The listing's first page (`/annuaire/besoin/demarches/`); the others follow `pagedPath`. */
  base: string;
}

/** One page of a list. */
export interface ListPage<T> {
  page: number;
  pages: number;
  items: T[];
}

/** Cuts `items` into pages of at most `size`, in order; always at least one page, possibly empty. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (size < 1) throw new Error(`taille de page invalide : ${String(size)}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    pages,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/**
 * Groups shown together on one page within `max` items in all: every group whole when they fit,
 * else each cut to the same share of `max` (at least one item each). The items left out stay in
 * `count`, for a « N of M » and a link to the full listing.
 */
export function capGroups<T>(groups: readonly T[][], max: number): { count: number; items: T[] }[] {
  const total = groups.reduce((sum, g) => sum + g.length, 0);
  const share = total <= max ? Number.POSITIVE_INFINITY : Math.max(1, Math.floor(max / Math.max(1, groups.length)));
  return groups.map((items) => ({ count: items.length, items: items.slice(0, share) }));
}

/**
 * Cuts `items` into pages whose weights add up to at most `max`, in order (an item heavier than
 * `max` gets a page of its own); always at least one page, possibly empty. For listings whose
 * lines differ in size, a full line weighing more than a compact one.
 */
export function paginateByWeight<T>(items: readonly T[], weightOf: (item: T) => number, max: number): ListPage<T>[] {
  if (!(max > 0)) throw new Error(`poids de page invalide : ${String(max)}`);
  const chunks: T[][] = [[]];
  let weight = 0;
  for (const item of items) {
    const w = weightOf(item);
    const current = chunks[chunks.length - 1] as T[];
    if (current.length > 0 && weight + w > max) {
      chunks.push([item]);
      weight = w;
    } else {
      current.push(item);
      weight += w;
    }
  }
  return chunks.map((chunk, i) => ({ page: i + 1, pages: chunks.length, items: chunk }));
}
