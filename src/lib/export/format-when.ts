import type { Occurrence } from '../domain/index.ts';
import { PARIS, whenToEpoch } from '../time/zoned-time.ts';

/*
 * French wording of dates for the exports (RSS, programme). The agenda pages have the full
 * formatting module (src/lib/format, branch site-agenda); this keeps to what the exports print.
 */

const dayFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS, hour: 'numeric', minute: '2-digit' });

/** `mardi 1 décembre 2026` (the 1st as `1er`). */
export function formatDay(epochMs: number): string {
  return dayFormat.format(epochMs).replace(/^(\p{L}+) 1 /u, '$1 1er ');
}

/** `14 h`, `18 h 30`. */
export function formatTime(epochMs: number): string {
  const [h = '0', m = '00'] = timeFormat.format(epochMs).split(':');
  return m === '00' ? `${Number(h)} h` : `${Number(h)} h ${m}`;
}

/** `14 h – 16 h`, or `Toute la journée` for all-day occurrences. */
export function formatHours(occurrence: Pick<Occurrence, 'start' | 'end' | 'allDay'>): string {
  if (occurrence.allDay) return 'toute la journée';
  return `${formatTime(whenToEpoch(occurrence.start))} – ${formatTime(whenToEpoch(occurrence.end))}`;
}

/** `mardi 1er décembre 2026, 14 h – 16 h`; all-day over several days: `du lundi 21 … au mercredi 23 décembre 2026`. */
export function formatWhen(occurrence: Pick<Occurrence, 'start' | 'end' | 'allDay'>): string {
  const start = whenToEpoch(occurrence.start);
  if (occurrence.allDay) {
    const lastDay = whenToEpoch(occurrence.end) - 12 * 3_600_000;
    const first = formatDay(start);
    const last = formatDay(lastDay);
    return first === last ? first : `du ${first} au ${last}`;
  }
  return `${formatDay(start)}, ${formatHours(occurrence)}`;
}
