import { foldText } from '../domain/ids.ts';
import type { Occurrence } from '../domain/occurrence.ts';

/** Two folded titles at least this similar (0–1, from the edit distance) name the same event. */
export const TITLE_SIMILARITY = 0.85;

/** Edit distance between two strings (Levenshtein, two rows). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** `true` when two titles are equal after folding, or differ by a few characters only. */
export function titlesMatch(a: string, b: string): boolean {
  const fa = foldText(a);
  const fb = foldText(b);
  if (fa === fb) return true;
  const longest = Math.max(fa.length, fb.length);
  if (longest === 0 || Math.abs(fa.length - fb.length) > longest * (1 - TITLE_SIMILARITY)) return false;
  return 1 - editDistance(fa, fb) / longest >= TITLE_SIMILARITY;
}

/** Same start, same place (or same commune), close titles, different sources. */
function sameOccurrence(a: Occurrence, b: Occurrence): boolean {
  const samePlace = a.placeId !== null && a.placeId === b.placeId;
  const sameCommune = a.commune !== null && a.commune === b.commune;
  return a.allDay === b.allDay && (samePlace || sameCommune) && titlesMatch(a.title, b.title);
}

/**
 * Preference between duplicates, best first: the one that names a place of the directory, then
 * a confirmed one, then the source id, then the occurrence id. Deterministic whatever the input order.
 */
function preferred(a: Occurrence, b: Occurrence): number {
  const byPlace = Number(b.placeId !== null) - Number(a.placeId !== null);
  const byStatus = Number(b.status !== 'cancelled') - Number(a.status !== 'cancelled');
  const bySource = a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0;
  return byPlace || byStatus || bySource || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Merges the same occurrence published by several sources (the workshop relayed by the
 * médiathèque and by France Services) into one, the others listed in `alsoFrom`. Occurrences of
 * one source are never merged together. Returns the kept occurrences, in input order.
 */
export function dedupeOccurrences(occurrences: readonly Occurrence[]): Occurrence[] {
  const byStart = new Map<string | number, Occurrence[]>();
  for (const o of occurrences) {
    // All-day starts are dates, compared as such; timed ones as instants (offsets may differ).
    const at = o.allDay ? o.start : Date.parse(o.start);
    const bucket = byStart.get(at);
    if (bucket === undefined) byStart.set(at, [o]);
    else bucket.push(o);
  }
  const merged = new Map<Occurrence, Set<string>>();
  const dropped = new Set<Occurrence>();
  for (const bucket of byStart.values()) {
    if (bucket.length < 2) continue;
    const kept: { occurrence: Occurrence; sources: Set<string> }[] = [];
    for (const candidate of [...bucket].sort(preferred)) {
      const group = kept.find((k) => !k.sources.has(candidate.sourceId) && sameOccurrence(k.occurrence, candidate));
      if (group === undefined) {
        kept.push({ occurrence: candidate, sources: new Set([candidate.sourceId]) });
      } else {
        group.sources.add(candidate.sourceId);
        dropped.add(candidate);
      }
    }
    for (const k of kept) if (k.sources.size > 1) merged.set(k.occurrence, k.sources);
  }
  return occurrences
    .filter((o) => !dropped.has(o))
    .map((o) => {
      const sources = merged.get(o);
      if (sources === undefined) return o;
      const alsoFrom = [...new Set([...o.alsoFrom, ...sources])].filter((s) => s !== o.sourceId).sort();
      return { ...o, alsoFrom };
    });
}
