import { formatDayLabel, monthName } from '../format/index.ts';
import { lowered, statusText } from '../site/strings/status.ts';
import { toZonedDate } from '../time/zoned-time.ts';

/** A date of a regular series on a printed programme. */
export interface ProgrammeDate {
  /** `YYYY-MM-DD`. */
  date: string;
  cancelled: boolean;
}

const plural = (weekday: string) => `${weekday}s`;

/**
 * The dates of a regular series, one phrase per month, short enough for a poster:
 * `les mardis 1er, 8 (annulé) et 15 décembre`, `le samedi 5 décembre`, or with mixed weekdays
 * `décembre : mar. 1er, mer. 2, ven. 4`. The year is written for months not in the year of `now`.
 */
export function compactDates(dates: readonly ProgrammeDate[], now: Date): string[] {
  const months = new Map<string, ProgrammeDate[]>();
  for (const d of dates) {
    const key = d.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), d]);
  }
  const nowYear = toZonedDate(now.getTime()).slice(0, 4);
  return [...months].map(([key, list]) => {
    const month = `${monthName(Number(key.slice(5, 7)))}${key.startsWith(nowYear) ? '' : ` ${key.slice(0, 4)}`}`;
    const parts = list.map((d) => {
      const [weekday = '', day = ''] = formatDayLabel(d.date).split(' ');
      return { weekday, day: `${day}${d.cancelled ? ` (${lowered(statusText.cancelled)})` : ''}` };
    });
    const weekdays = new Set(parts.map((p) => p.weekday));
    if (weekdays.size > 1) return `${month} : ${parts.map((p) => `${p.weekday.slice(0, 3)}. ${p.day}`).join(', ')}`;
    const [weekday = ''] = weekdays;
    if (parts.length === 1) return `le ${weekday} ${parts[0]?.day ?? ''} ${month}`;
    const days = parts.map((p) => p.day);
    return `les ${plural(weekday)} ${days.slice(0, -1).join(', ')} et ${days.at(-1) ?? ''} ${month}`;
  });
}
