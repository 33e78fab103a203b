/**
 * What each published calendar holds, decided here once for the pages that serve them and for
 * `npm run calendar-sizes` that weighs them: the whole agenda, a commune's, a theme's (each the
 * last 30 days and the next six months), and one event's (all its dates to come).
 */
import type { Occurrence } from '../domain/index.ts';
import { icsText } from '../site/strings/feeds.ts';
import type { ExportContext } from './export-context.ts';
import { calendarOccurrences } from './select-occurrences.ts';
import { toICalendar } from './to-icalendar.ts';

/** The whole agenda: `/agenda.ics`. */
export function agendaCalendar(occurrences: readonly Occurrence[], now: Date, ctx: ExportContext): string {
  const meta = { name: icsText.allName, description: icsText.allDescription };
  return toICalendar(calendarOccurrences(occurrences, now), meta, ctx);
}

/** A commune's: `/agenda/<commune>.ics`. */
export function communeCalendar(
  occurrences: readonly Occurrence[],
  commune: { insee: string; name: string },
  now: Date,
  ctx: ExportContext,
): string {
  const here = occurrences.filter((o) => o.commune === commune.insee);
  const meta = { name: icsText.communeName(commune.name), description: icsText.communeDescription(commune.name) };
  return toICalendar(calendarOccurrences(here, now), meta, ctx);
}

/** A theme's: `/agenda/themes/<theme>.ics`. */
export function themeCalendar(
  occurrences: readonly Occurrence[],
  theme: { id: string; label: string },
  now: Date,
  ctx: ExportContext,
): string {
  const about = occurrences.filter((o) => o.themes.includes(theme.id));
  const meta = { name: icsText.themeName(theme.label), description: icsText.themeDescription(theme.label) };
  return toICalendar(calendarOccurrences(about, now), meta, ctx);
}

/** One event's (a series): `/evenements/<slug>.ics`, every date to come. */
export function eventCalendar(
  series: { title: string; occurrences: readonly Occurrence[] },
  now: Date,
  ctx: ExportContext,
): string {
  const meta = { name: series.title, description: icsText.eventDescription };
  return toICalendar(calendarOccurrences(series.occurrences, now, null), meta, ctx);
}
