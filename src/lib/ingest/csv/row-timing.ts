import { addCalendarDays, compareDates, toIsoDate, type CalendarDate } from '../../time/calendar-date.ts';
import { PARIS, toZonedIso, wallTimeToEpoch } from '../../time/zoned-time.ts';
import {
  parseDateText,
  parseTimeRange,
  parseTimeText,
  type ClockTime,
  type DateCell,
  type DateOrder,
} from './dates.ts';
import { csvMessages } from './messages.ts';

/** When one occurrence of a row happens, in the stored form, with its instants for the window. */
export interface RowTiming {
  start: string;
  end: string;
  allDay: boolean;
  startEpoch: number;
  endEpoch: number;
}

/** The cells of a row that say when: trimmed, `''` when empty. */
export interface WhenCells {
  date: string;
  start: string;
  end: string;
  endDate: string;
  allDay: boolean;
}

/** A timing, or the French reason why the row is rejected. */
export type TimingResult = { ok: true; timing: RowTiming } | { ok: false; message: string };

const rejected = (message: string): TimingResult => ({ ok: false, message });

/** Instants and stored forms already computed: spreadsheets repeat the same days and hours. */
const instants = new Map<string, { epoch: number; iso: string }>();
const MAX_CACHED_INSTANTS = 20_000;

function instantOf(date: CalendarDate, time: ClockTime, timeZone: string): { epoch: number; iso: string } {
  const key = `${timeZone} ${toIsoDate(date)} ${time.hour}:${time.minute}`;
  let found = instants.get(key);
  if (found === undefined) {
    const epoch = wallTimeToEpoch({ ...date, hour: time.hour, minute: time.minute, second: 0 }, timeZone);
    found = { epoch, iso: toZonedIso(epoch, PARIS) };
    if (instants.size >= MAX_CACHED_INSTANTS) instants.clear();
    instants.set(key, found);
  }
  return found;
}

function epochOf(date: CalendarDate, time: ClockTime, timeZone: string): number {
  return instantOf(date, time, timeZone).epoch;
}

function allDayTiming(first: CalendarDate, last: CalendarDate, timeZone: string): TimingResult {
  if (compareDates(last, first) < 0) return rejected(csvMessages.endBeforeStart(toIsoDate(first), toIsoDate(last)));
  const after = addCalendarDays(last, 1);
  const midnight = { hour: 0, minute: 0 };
  return {
    ok: true,
    timing: {
      start: toIsoDate(first),
      end: toIsoDate(after),
      allDay: true,
      startEpoch: epochOf(first, midnight, timeZone),
      endEpoch: epochOf(after, midnight, timeZone),
    },
  };
}

function timedTiming(
  date: CalendarDate,
  start: ClockTime,
  endDay: CalendarDate,
  end: ClockTime | null,
  timeZone: string,
): TimingResult {
  if (end === null && compareDates(endDay, date) !== 0) return rejected(csvMessages.endTimeMissing());
  const from = instantOf(date, start, timeZone);
  const to = end === null ? from : instantOf(endDay, end, timeZone);
  if (to.epoch < from.epoch) return rejected(csvMessages.endBeforeStart(from.iso, to.iso));
  return {
    ok: true,
    timing: { start: from.iso, end: to.iso, allDay: false, startEpoch: from.epoch, endEpoch: to.epoch },
  };
}

/**
 * Last day of an event marked all-day. Outlook ends one at midnight the next day
 * (`Fin 12/12/2026 00:00:00` for a week ending on the 11th): that midnight is not a day of it.
 */
function lastAllDay(first: CalendarDate, end: DateCell | null, endTime: ClockTime | null): CalendarDate {
  if (end === null) return first;
  const time = endTime ?? end.time;
  const atMidnight = time !== null && time.hour === 0 && time.minute === 0;
  return atMidnight && compareDates(end.date, first) > 0 ? addCalendarDays(end.date, -1) : end.date;
}

/**
 * The time a date cell holds. Midnight is what spreadsheets add to a bare date typed in a
 * date-time column (`03/12/2026 00:00`): it means no time.
 */
function timeOfDateCell(cell: DateCell): ClockTime | null {
  return cell.time !== null && (cell.time.hour !== 0 || cell.time.minute !== 0) ? cell.time : null;
}

/**
 * When a row happens. Wall times are read in `timeZone` and stored with their Europe/Paris offset.
 * No start time: all-day, ending the day after the end date (exclusive, as iCalendar). No end:
 * the same instant as the start (timed) or one day (all-day). An end before the start is rejected.
 * A row marked all-day (`Journée entière`, `All Day Event`) ignores its times.
 */
export function readRowTiming(cells: WhenCells, order: DateOrder, timeZone: string): TimingResult {
  if (cells.date === '') return rejected(csvMessages.missingDateCell());
  const day = parseDateText(cells.date, order, timeZone);
  if (day === null) return rejected(csvMessages.badDate(cells.date));
  const lastDay = cells.endDate === '' ? null : parseDateText(cells.endDate, order, timeZone);
  if (lastDay === null && cells.endDate !== '') return rejected(csvMessages.badEndDate(cells.endDate));
  const range = cells.start === '' ? null : parseTimeRange(cells.start);
  if (range === null && cells.start !== '') return rejected(csvMessages.badTime('début', cells.start));
  const endTime = cells.end === '' ? null : parseTimeText(cells.end);
  if (endTime === null && cells.end !== '') return rejected(csvMessages.badTime('fin', cells.end));

  if (cells.allDay) return allDayTiming(day.date, lastAllDay(day.date, lastDay, endTime), timeZone);
  const start = range?.start ?? timeOfDateCell(day);
  const end = endTime ?? range?.end ?? (lastDay === null ? null : timeOfDateCell(lastDay));
  if (start === null) {
    if (end !== null) return rejected(csvMessages.endTimeWithoutStart());
    return allDayTiming(day.date, lastDay?.date ?? day.date, timeZone);
  }
  return timedTiming(day.date, start, lastDay?.date ?? day.date, end, timeZone);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * OpenAgenda's `Horaires ISO` cell: `2026-12-03T14:00:00+01:00 -> 2026-12-03T16:00:00+01:00`,
 * several joined by ` | `. Each is one occurrence; `null` when the cell cannot be read.
 */
export function readIsoTimings(cell: string): RowTiming[] | null {
  const timings: RowTiming[] = [];
  for (const part of cell.split('|')) {
    if (part.trim() === '') continue;
    const [from = '', to = from] = part.split('->').map((s) => s.trim());
    if (!ISO_INSTANT.test(from) || !ISO_INSTANT.test(to)) return null;
    const startEpoch = Date.parse(from);
    const endEpoch = Date.parse(to);
    if (Number.isNaN(startEpoch) || Number.isNaN(endEpoch) || endEpoch < startEpoch) return null;
    const start = toZonedIso(startEpoch, PARIS);
    timings.push({ start, end: toZonedIso(endEpoch, PARIS), allDay: false, startEpoch, endEpoch });
  }
  return timings.length > 0 ? timings : null;
}
