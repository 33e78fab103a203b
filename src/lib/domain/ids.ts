/**
 * Stable identifiers. Pure and synchronous so they run the same in Node and in the browser
 * (the partner feed checker): no `node:crypto`.
 */

/** 64-bit hash of a string as 16 hex digits (two independent 32-bit mixes, MurmurHash3-style finaliser). */
export function hashString(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** Id of a series: one per source and UID. */
export function seriesIdOf(sourceId: string, uid: string): string {
  return `s-${hashString(`${sourceId}\u0000${uid}`)}`;
}

/** Id of an occurrence: one per source, UID and recurrence instant (the original start for a series). */
export function occurrenceIdOf(sourceId: string, uid: string, instant: string): string {
  return `o-${hashString(`${sourceId}\u0000${uid}\u0000${instant}`)}`;
}

/** Lowercase, without accents or punctuation: for matching names typed or published differently. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A URL slug from any French text (`Le Theil-de-Bretagne` → `le-theil-de-bretagne`). */
export function slugify(text: string): string {
  return foldText(text).replace(/ /g, '-') || 'sans-titre';
}

/** URL slug of an event series page `/evenements/<slug>/`: readable title, then 6 hex of the series id. */
export function eventSlugOf(seriesId: string, title: string): string {
  const base = slugify(title).slice(0, 60).replace(/-+$/, '');
  return `${base}-${seriesId.slice(2, 8)}`;
}
