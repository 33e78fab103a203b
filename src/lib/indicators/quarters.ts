/** Calendar quarters (`2026-T4`: October to December 2026), the periods of the observatory. */
import { parseIsoDate, toIsoDate } from '../time/calendar-date.ts';

/** A quarter: its id and its days, `from` included, `to` excluded (`YYYY-MM-DD`). */
export interface Quarter {
  /** `2026-T4`. */
  id: string;
  year: number;
  /** 1–4. */
  index: number;
  /** First day (`2026-10-01`). */
  from: string;
  /** First day of the next quarter (`2027-01-01`). */
  to: string;
}

/** The quarter `index` (1–4, or beyond: 5 is the next year's first) of a year. */
export function quarterOf(year: number, index: number): Quarter {
  const y = year + Math.floor((index - 1) / 4);
  const i = ((((index - 1) % 4) + 4) % 4) + 1;
  const next = i === 4 ? { year: y + 1, month: 1 } : { year: y, month: i * 3 + 1 };
  return {
    id: `${String(y)}-T${String(i)}`,
    year: y,
    index: i,
    from: toIsoDate({ year: y, month: (i - 1) * 3 + 1, day: 1 }),
    to: toIsoDate({ ...next, day: 1 }),
  };
}

/** The quarter a day (`YYYY-MM-DD`) belongs to. */
export function quarterOfDate(date: string): Quarter {
  const { year, month } = parseIsoDate(date);
  return quarterOf(year, Math.floor((month - 1) / 3) + 1);
}

/** The quarter `n` quarters after `quarter` (before it when negative). */
export function shiftQuarter(quarter: Quarter, n: number): Quarter {
  return quarterOf(quarter.year, quarter.index + n);
}

/** The quarter of an id (`2026-T4`). */
export function quarterById(id: string): Quarter {
  const match = /^(\d{4})-T([1-4])$/.exec(id);
  if (match === null) throw new Error(`trimestre invalide « ${id} » (attendu : AAAA-T1 à AAAA-T4)`);
  return quarterOf(Number(match[1]), Number(match[2]));
}

/** The three quarters of the observatory around a day: the last one, the current one, the next one. */
export interface ObservedQuarters {
  previous: Quarter;
  current: Quarter;
  next: Quarter;
}

/** The last, current and next quarters of the day `today` (`YYYY-MM-DD`). */
export function quartersAround(today: string): ObservedQuarters {
  const current = quarterOfDate(today);
  return { previous: shiftQuarter(current, -1), current, next: shiftQuarter(current, 1) };
}
