import { PARIS, wallTimeAt } from '../../time/zoned-time.ts';

/**
 * Dates and times as people type them in spreadsheets: `03/12/2026`, `3/12/26`, `2026-12-03`,
 * `03/12/2026 14:30`, `2026-12-03T14:30`, `2026-12-03T14:30:00+01:00`, `mardi 3 décembre 2026`,
 * `1er déc. 2026 à 14h`; `14h`, `14h30`, `14 h 30`, `14:30`, `9:30`, `7:30 PM`.
 */
import { daysInMonth, type CalendarDate } from '../../time/calendar-date.ts';

/** A time of day on a wall clock. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/** A date cell: the day, and the time when the cell holds a date-time. */
export interface DateCell {
  date: CalendarDate;
  time: ClockTime | null;
}

/** How `03/04/2026` is read: 3 April (French, the default) or 4 March (Google Calendar's US format). */
export type DateOrder = 'day-first' | 'month-first';

const TIME_24 = /^(\d{1,2})\s*(?:h|:)\s*(?:(\d{2})(?:\s*(?::|m|min)\s*(\d{2}))?)?$/i;
const TIME_12 = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s*m\.?$/i;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(.+))?$/i;
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:\s+(.+))?$/;
/** The time part of an ISO 8601 date-time that names its offset: `14:30:00+01:00`, `13:30Z`. */
const ISO_TIME_WITH_OFFSET = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};
const WRITTEN_DATE =
  /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})(?:\s*,?\s+(.+))?$/;

function validDate(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

function validTime(hour: number, minute: number): ClockTime | null {
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** A time of day, or `null` when the text is not one (seconds are accepted and dropped). */
export function parseTimeText(text: string): ClockTime | null {
  const t = text.trim();
  const h24 = TIME_24.exec(t);
  if (h24) return validTime(Number(h24[1]), Number(h24[2] ?? 0));
  const h12 = TIME_12.exec(t);
  if (!h12) return null;
  const hour = Number(h12[1]);
  if (hour < 1 || hour > 12) return null;
  const pm = (h12[4] ?? '').toLowerCase() === 'p';
  return validTime((hour % 12) + (pm ? 12 : 0), Number(h12[2] ?? 0));
}

/** `true` for a 12-hour time (`7:30 PM`): a hint that dates are American (month first). */
export function isTwelveHourTime(text: string): boolean {
  return TIME_12.test(text.trim());
}

/** A start and an optional end typed in one cell: `14h-16h`, `de 14h à 16h30`, `14:00 – 16:00`. */
export function parseTimeRange(text: string): { start: ClockTime; end: ClockTime | null } | null {
  const single = parseTimeText(text);
  if (single) return { start: single, end: null };
  const parts = text
    .trim()
    .replace(/^de\s+/i, '')
    .split(/\s*[-–—]\s*|\s+(?:à|a|to)\s+/i);
  if (parts.length !== 2) return null;
  const start = parseTimeText(parts[0] ?? '');
  const end = parseTimeText(parts[1] ?? '');
  return start && end ? { start, end } : null;
}

function yearOf(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/**
 * An ISO 8601 date-time with an offset (`2027-03-17T14:30:00+01:00`): the same instant, as the
 * day and the time on the clocks of `timeZone`.
 */
function zonedCell(date: CalendarDate, rest: string, timeZone: string): DateCell | null {
  const match = ISO_TIME_WITH_OFFSET.exec(rest.trim());
  if (!match) return null;
  const offset = (match[4] ?? 'Z').toUpperCase();
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset === 'Z' ? '0000' : offset.slice(1).replace(':', '').padEnd(4, '0');
  const offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  const time = validTime(Number(match[1]), Number(match[2]));
  if (time === null || Math.abs(offsetMinutes) > 18 * 60) return null;
  const utc = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute, Number(match[3] ?? 0));
  const wall = wallTimeAt(utc - offsetMinutes * 60_000, timeZone);
  return {
    date: { year: wall.year, month: wall.month, day: wall.day },
    time: { hour: wall.hour, minute: wall.minute },
  };
}

/**
 * A date, or a date-time, written in one cell; `null` when it is not one. A date-time that names
 * its offset (ISO 8601, `Z` or `+01:00`) is turned into the wall time of `timeZone`.
 */
export function parseDateText(text: string, order: DateOrder = 'day-first', timeZone = PARIS): DateCell | null {
  const t = text.trim();
  const iso = ISO_DATE.exec(t);
  const numeric = iso ? null : NUMERIC_DATE.exec(t);
  const written = iso || numeric ? null : WRITTEN_DATE.exec(t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  let date: CalendarDate | null = null;
  let rest: string | undefined;
  if (iso) {
    date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    rest = iso[4];
  } else if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    const [day, month] = order === 'day-first' ? [a, b] : [b, a];
    date = validDate(yearOf(numeric[3] ?? ''), month, day);
    rest = numeric[4];
  } else if (written) {
    const month = MONTHS[written[2] ?? ''];
    date = month === undefined ? null : validDate(Number(written[3]), month, Number(written[1]));
    rest = written[4];
  }
  if (date === null) return null;
  if (rest === undefined) return { date, time: null };
  if (iso && ISO_TIME_WITH_OFFSET.test(rest.trim())) return zonedCell(date, rest, timeZone);
  const time = parseTimeText(rest.replace(/^(?:à|a)\s+/i, ''));
  return time ? { date, time } : null;
}

/**
 * The order of day and month that a file's numeric dates prove (`13/04` can only be day-first,
 * `04/13` only month-first), or `null` when every date reads both ways or the file contradicts itself.
 */
export function provenDateOrder(cells: readonly string[]): DateOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const m = NUMERIC_DATE.exec(cell.trim());
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) dayFirst = true;
    if (b > 12 && a <= 12) monthFirst = true;
  }
  if (dayFirst === monthFirst) return null;
  return dayFirst ? 'day-first' : 'month-first';
}
