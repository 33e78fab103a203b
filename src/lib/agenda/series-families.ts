/**
 * Families of series: the same rendez-vous held in several places, published as one series per
 * place (« Bus France Services à Brie », « … à Thourie »; « Permanence numérique – Brie », « … –
 * Thourie »). A family is the series of one source whose title and description are the same once
 * the names of communes and places are taken out. The search shows one result per family (and
 * per place); each page of a family links to the others.
 */
import { foldText } from '../domain/ids.ts';

/** What telling families apart needs of a series. */
export interface FamilyMember {
  seriesId: string;
  sourceId: string;
  title: string;
  description: string;
  /** Start of its next date that holds (epoch ms), or `null` when none is upcoming. */
  next: number | null;
}

/** One family: its members, the one that stands for it (the next to happen) first. */
export interface SeriesFamily {
  /** `seriesId`s, the representative first, then by next date (those with none last). */
  members: string[];
  /** How many members have an upcoming date (the first ones). */
  upcoming: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folds a text and takes out every name (communes, places, locations), longest first. */
function withoutNames(text: string, names: RegExp | null): string {
  const folded = ` ${foldText(text)} `;
  return (names === null ? folded : folded.replace(names, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * The families of some series, keyed by each member's `seriesId`; a series alone in its family
 * is left out. `names`: the communes', places' and locations' names to disregard.
 */
export function seriesFamilies(series: readonly FamilyMember[], names: Iterable<string>): Map<string, SeriesFamily> {
  const folded = [...new Set([...names].map(foldText).filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
  const pattern = folded.length === 0 ? null : new RegExp(` (?:${folded.map(escape).join('|')})(?= )`, 'g');
  const groups = new Map<string, FamilyMember[]>();
  for (const s of series) {
    const key = `${s.sourceId}\u0000${withoutNames(s.title, pattern)}\u0000${withoutNames(s.description, pattern)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [s]);
    else group.push(s);
  }
  const families = new Map<string, SeriesFamily>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const order = [...group].sort(
      (a, b) =>
        (a.next ?? Number.POSITIVE_INFINITY) - (b.next ?? Number.POSITIVE_INFINITY) ||
        (a.seriesId < b.seriesId ? -1 : 1),
    );
    const family = { members: order.map((s) => s.seriesId), upcoming: order.filter((s) => s.next !== null).length };
    for (const s of group) families.set(s.seriesId, family);
  }
  return families;
}
