/**
 * A regular series written as one rule: the data model keeps expanded occurrences (the partner's
 * rule, EXDATEs and overrides already applied; CSV feeds never had one), so the published
 * calendar finds the simplest rule that gives back exactly those dates — every week or every k
 * weeks on some weekdays, or every month on the n-th weekday or on a day of the month — with an
 * EXDATE for each date the rule gives and the series lacks, an override (RECURRENCE-ID) for each
 * date whose occurrence differs from the others (cancelled, moved within the day, retitled…), and
 * the dates the rule cannot describe left as occurrences of their own.
 *
 * The rule is a description of the dates, checked by construction: its instances are generated
 * here from DTSTART on, with the same arithmetic as RFC 5545 (weeks from DTSTART’s week, WKST=MO; COUNT), and every
 * occurrence ends up either an instance, an override or a single. Nothing is guessed beyond the
 * last date: COUNT ends the rule there.
 */
import { BoundedMemo } from '../bounded-memo.ts';
import type { Occurrence } from '../domain/index.ts';
import { type CalendarDate, daysInMonth, parseIsoDate, toIsoDate, utcMidnightOf } from '../time/calendar-date.ts';

/** iCalendar weekdays, Monday first (WKST=MO). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Fewer instances than this: the dates stay occurrences of their own. */
const MIN_INSTANCES = 3;
/** An EXDATE line weighs about a quarter of the smallest VEVENT. */
const EXDATE_COST = 0.25;
/** Each BYDAY or BYMONTHDAY beyond the first: of two rules as short, the simpler one reads better. */
const PART_COST = 0.3;
/**
 * A date left out of the rule is a VEVENT of its own under another UID: a rule that keeps a date
 * moved within its day as an override of the series is preferred, so the date keeps its UID.
 */
const SINGLE_COST = 1.5;
const DAY_MS = 86_400_000;

/** The recurrence rule of a series, as RRULE parts. */
export interface SeriesRule {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** `TU` (weekly), `2TU` or `-1SA` (monthly), or empty. */
  byDay: string[];
  /** Days of the month (monthly), or empty. */
  byMonthDay: number[];
  /** Instances from the first date to the last, EXDATEs included (RRULE's COUNT). */
  count: number;
}

/** A series as one recurring VEVENT, its overrides and the dates left on their own. */
export interface SeriesLayout {
  rule: SeriesRule;
  /** The occurrence whose content the recurring VEVENT carries (title, place, description…). */
  template: Occurrence;
  /** The occurrence on the rule's first date (DTSTART, DTEND). */
  first: Occurrence;
  /** Wall starts of the dates the rule gives and the series lacks (`2026-12-22T14:00:00`, or a date). */
  exdates: string[];
  /** Occurrences on a date of the rule that differ from the template, with the wall start they replace. */
  overrides: { recurrenceId: string; occurrence: Occurrence }[];
  /** Occurrences the rule does not describe. */
  singles: Occurrence[];
}

/** `2026-12-01T14:00:00` (a timed start's wall time) or `2026-12-01` (all-day). */
const wallOf = (when: string) => when.slice(0, 19);
const dateOf = (when: string) => when.slice(0, 10);
const wallMs = (when: string) => Date.parse(when.length === 10 ? `${when}T00:00:00Z` : `${wallOf(when)}Z`);

/** The start's time of day and the duration in wall time: what every instance of a rule shares. */
const shapeOf = (o: Occurrence) =>
  `${o.allDay ? 'D' : wallOf(o.start).slice(11)}/${String(wallMs(o.end) - wallMs(o.start))}`;

/** Everything a VEVENT shows of an occurrence, but its dates. */
function contentOf(o: Occurrence, shape: string): string {
  const { title, description, status, location, placeId, commune, coordinates, url, registration, price } = o;
  const fields = [title, description, status, location, placeId, commune, coordinates, url, registration, price];
  return JSON.stringify([...fields, o.themes, o.sourceId, shape]);
}

/**
 * Days are counted from 1970-01-01 (day 0, a Thursday): the rules below test hundreds of days per
 * series, with integer arithmetic rather than parsing and formatting a date string each time.
 */
const dayNumberOf = (date: string) => Math.round(utcMidnightOf(parseIsoDate(date)) / DAY_MS);
/** Monday 0 … Sunday 6. */
const weekdayOfDay = (day: number) => (((day + 3) % 7) + 7) % 7;
const mondayOfDay = (day: number) => day - weekdayOfDay(day);
function calendarDateOf(day: number): CalendarDate {
  const t = new Date(day * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** A candidate rule: its RRULE parts (without COUNT) and whether it gives a day. */
interface Candidate {
  rule: Omit<SeriesRule, 'count'>;
  gives: (day: number) => boolean;
}

function weekly(first: number, interval: number, days: Set<number>): Candidate {
  const week0 = mondayOfDay(first);
  return {
    rule: { freq: 'WEEKLY', interval, byDay: [...days].sort().map((d) => WEEKDAYS[d] ?? 'MO'), byMonthDay: [] },
    gives: (day) => days.has(weekdayOfDay(day)) && ((mondayOfDay(day) - week0) / 7) % interval === 0,
  };
}

/** Every month on some n-th weekdays (`2TU`, `-1SA`). */
function monthlyByDay(pairs: Set<string>): Candidate {
  const byDay = [...pairs].sort();
  return {
    rule: { freq: 'MONTHLY', interval: 1, byDay, byMonthDay: [] },
    gives: (day) => nthWeekdays(day).some((p) => pairs.has(p)),
  };
}

function monthlyByMonthDay(days: Set<number>): Candidate {
  return {
    rule: { freq: 'MONTHLY', interval: 1, byDay: [], byMonthDay: [...days].sort((a, b) => a - b) },
    gives: (day) => days.has(calendarDateOf(day).day),
  };
}

/** The n-th weekday forms of a day: `2TU`, and `-1TU` when it is the month's last Tuesday. */
function nthWeekdays(dayNumber: number): readonly string[] {
  return nthWeekdayForms.get(dayNumber, () => nthWeekdaysOf(dayNumber));
}
/** Every series of a build spans the same few hundred days: each day's forms are worked out once. */
const nthWeekdayForms = new BoundedMemo<number, readonly string[]>(100_000);

function nthWeekdaysOf(dayNumber: number): string[] {
  const { year, month, day } = calendarDateOf(dayNumber);
  const weekday = WEEKDAYS[weekdayOfDay(dayNumber)] ?? 'MO';
  const forms = day <= 28 ? [`${String(Math.ceil(day / 7))}${weekday}`] : [];
  if (day + 7 > daysInMonth(year, month)) forms.push(`-1${weekday}`);
  return forms;
}

/** The most frequent weekday of some days (the earliest on a tie). */
function mainWeekday(days: number[]): number {
  const counts = new Map<number, number>();
  for (const d of days) counts.set(weekdayOfDay(d), (counts.get(weekdayOfDay(d)) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [weekdayOfDay(days[0] ?? 0), 0])[0];
}

/**
 * The rules worth trying: every 1 to 4 weeks on the main weekday or on all the weekdays seen;
 * monthly forms only when each of their parts can recur (at least two dates per part).
 */
function candidatesOf(days: number[]): Candidate[] {
  const weekdays = new Set(days.map(weekdayOfDay));
  const daySets = weekdays.size > 1 ? [new Set([mainWeekday(days)]), weekdays] : [weekdays];
  const candidates: Candidate[] = [];
  for (const set of daySets) {
    const first = days.find((d) => set.has(weekdayOfDay(d))) ?? 0;
    for (const k of [1, 2, 3, 4]) candidates.push(weekly(first, k, set));
  }
  const fits = (parts: number) => parts <= 4 && parts * 2 <= days.length;
  const positive = new Set(days.map((d) => nthWeekdays(d)[0] ?? ''));
  const lastForms = new Set(days.map((d) => nthWeekdays(d).at(-1) ?? ''));
  for (const pairs of [positive, lastForms]) if (fits(pairs.size)) candidates.push(monthlyByDay(pairs));
  const monthDays = new Set(days.map((d) => calendarDateOf(d).day));
  if (fits(monthDays.size)) candidates.push(monthlyByMonthDay(monthDays));
  return candidates;
}

/** A series prepared once for every candidate: its occurrences by day and their shapes and content keys. */
interface Prepared {
  series: readonly Occurrence[];
  byDay: Map<number, Occurrence[]>;
  shapes: Map<Occurrence, string>;
  keys: Map<Occurrence, string>;
  template: Occurrence;
  /** Days holding an occurrence of the template's shape, in order. */
  regularDays: number[];
}

/** The layout of a series under one candidate rule, and what it costs in VEVENTs. */
function layoutUnder(candidate: Candidate, p: Prepared) {
  const from = p.regularDays[0] ?? 0;
  const to = p.regularDays.at(-1) ?? -1;
  const templateKey = p.keys.get(p.template);
  const templateShape = p.shapes.get(p.template);
  const timeOfDay = p.template.allDay ? '' : wallOf(p.template.start).slice(10);
  const used = new Set<Occurrence>();
  const exdates: string[] = [];
  const overrides: SeriesLayout['overrides'] = [];
  let count = 0;
  let first: Occurrence | undefined;
  for (let day = from; day <= to; day++) {
    if (!candidate.gives(day)) continue;
    const sameDay = p.byDay.get(day) ?? [];
    const regularOne = sameDay.find((o) => p.shapes.get(o) === templateShape);
    // DTSTART is the rule's first instance: a date before it is no instance (COUNT, EXDATE) of the rule.
    if (first === undefined && regularOne === undefined) continue;
    first ??= regularOne;
    count++;
    const occurrence = regularOne ?? sameDay[0];
    if (occurrence === undefined) {
      exdates.push(`${toIsoDate(calendarDateOf(day))}${timeOfDay}`);
      continue;
    }
    used.add(occurrence);
    if (p.keys.get(occurrence) !== templateKey) {
      overrides.push({ recurrenceId: `${dateOf(occurrence.start)}${timeOfDay}`, occurrence });
    }
  }
  const singles = p.series.filter((o) => !used.has(o));
  const parts = candidate.rule.byDay.length + candidate.rule.byMonthDay.length;
  const cost =
    1 + overrides.length + singles.length * SINGLE_COST + exdates.length * EXDATE_COST + (parts - 1) * PART_COST;
  return { cost, instances: count - exdates.length, first, layout: { exdates, overrides, singles, count } };
}

/** The most frequent content among occurrences (the earliest on a tie): what the rule's VEVENT says. */
function templateOf(series: readonly Occurrence[], keys: Map<Occurrence, string>): Occurrence | undefined {
  const counts = new Map<string, number>();
  for (const key of keys.values()) counts.set(key, (counts.get(key) ?? 0) + 1);
  const frequency = (o: Occurrence) => counts.get(keys.get(o) ?? '') ?? 0;
  return series.reduce<Occurrence | undefined>(
    (best, o) => (best === undefined || frequency(o) > frequency(best) ? o : best),
    undefined,
  );
}

function prepare(series: readonly Occurrence[]): Prepared | null {
  const shapes = new Map(series.map((o) => [o, shapeOf(o)]));
  const keys = new Map(series.map((o) => [o, contentOf(o, shapes.get(o) ?? '')]));
  const template = templateOf(series, keys);
  if (template === undefined) return null;
  const byDay = new Map<number, Occurrence[]>();
  for (const o of series) {
    const day = dayNumberOf(dateOf(o.start));
    const sameDay = byDay.get(day);
    if (sameDay === undefined) byDay.set(day, [o]);
    else sameDay.push(o);
  }
  const templateShape = shapes.get(template);
  const regularDays = [...byDay.keys()].filter((d) => byDay.get(d)?.some((o) => shapes.get(o) === templateShape));
  return { series, byDay, shapes, keys, template, regularDays };
}

/**
 * The occurrences of ONE series (same `seriesId`, sorted by start) as a rule with its EXDATEs,
 * overrides and singles, or `null` when one VEVENT per date is as short (fewer than three
 * instances, or no rule that saves a VEVENT).
 */
export function inferSeriesRule(series: readonly Occurrence[]): SeriesLayout | null {
  if (series.length < MIN_INSTANCES) return null;
  const prepared = prepare(series);
  if (prepared === null) return null;
  let best: ReturnType<typeof layoutUnder> | undefined;
  let bestRule: Candidate['rule'] | undefined;
  for (const candidate of candidatesOf(prepared.regularDays)) {
    const tried = layoutUnder(candidate, prepared);
    // Regular: three instances at least, at most one skipped date for two held, and shorter than one VEVENT per date.
    const { instances, cost, layout } = tried;
    const regular = instances >= MIN_INSTANCES && layout.exdates.length * 2 <= instances;
    const worth = regular && cost < series.length && tried.first !== undefined;
    if (worth && (best === undefined || tried.cost < best.cost)) {
      best = tried;
      bestRule = candidate.rule;
    }
  }
  if (best === undefined || bestRule === undefined || best.first === undefined) return null;
  const { exdates, overrides, singles, count } = best.layout;
  return { rule: { ...bestRule, count }, template: prepared.template, first: best.first, exdates, overrides, singles };
}
