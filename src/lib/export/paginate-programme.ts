/** A printed programme cut into pages, so that a busy commune's quarter stays a page of bounded size. */
import type { Programme, ProgrammeDay } from './build-programme.ts';

/** How many entries a programme holds: its regular meetings and each day's entries. */
export function programmeSize(programme: Programme): number {
  return programme.regulars.length + programme.days.reduce((sum, day) => sum + day.entries.length, 0);
}

/**
 * Cuts a programme into pages of at most `size` entries, in its order: the regular meetings
 * first, then the days; a day longer than what a page has left goes on, under the same heading,
 * on the next page. Always at least one page (possibly empty), each with the programme's period.
 */
export function paginateProgramme(programme: Programme, size: number): Programme[] {
  if (size < 1) throw new Error(`taille de page invalide : ${String(size)}`);
  const { from, to } = programme;
  const pages: Programme[] = [{ from, to, regulars: [], days: [] }];
  let room = size;
  const page = (): Programme => {
    if (room === 0) {
      pages.push({ from, to, regulars: [], days: [] });
      room = size;
    }
    return pages[pages.length - 1] as Programme;
  };
  for (const regular of programme.regulars) {
    page().regulars.push(regular);
    room--;
  }
  for (const day of programme.days) {
    let rest = day.entries;
    while (rest.length > 0) {
      const current = page();
      const part: ProgrammeDay = { ...day, entries: rest.slice(0, room) };
      current.days.push(part);
      room -= part.entries.length;
      rest = rest.slice(part.entries.length);
    }
  }
  return pages;
}
