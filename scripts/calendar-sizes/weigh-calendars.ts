import { gzipSync } from 'node:zlib';
import type { Commune, Occurrence, Taxonomy } from '../../src/lib/domain/index.ts';
import type { ExportContext } from '../../src/lib/export/export-context.ts';
import { agendaCalendar, communeCalendar, themeCalendar } from '../../src/lib/export/subscription-calendars.ts';

/** One calendar's weight: as written, and as a server sends it gzipped. */
export interface CalendarWeight {
  name: string;
  bytes: number;
  gzipBytes: number;
}

export const weigh = (name: string, text: string | Buffer): CalendarWeight => ({
  name,
  bytes: Buffer.byteLength(text),
  gzipBytes: gzipSync(text, { level: 6 }).length,
});

const heaviest = (list: CalendarWeight[]) => list.reduce((a, b) => (b.bytes > a.bytes ? b : a));

/** The subscription calendars of some data: the whole agenda, the heaviest commune's and theme's. */
export function weighSubscriptions(
  occurrences: readonly Occurrence[],
  data: { communes: Commune[]; taxonomy: Taxonomy },
  now: Date,
  ctx: ExportContext,
): CalendarWeight[] {
  const communes = data.communes.map((c) => weigh(`/agenda/${c.slug}.ics`, communeCalendar(occurrences, c, now, ctx)));
  const themes = data.taxonomy.themes.map((t) =>
    weigh(`/agenda/themes/${t.id}.ics`, themeCalendar(occurrences, t, now, ctx)),
  );
  return [weigh('/agenda.ics', agendaCalendar(occurrences, now, ctx)), heaviest(communes), heaviest(themes)];
}
