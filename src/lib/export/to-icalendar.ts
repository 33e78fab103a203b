/**
 * iCalendar out (RFC 5545), built with ical.js components, never by string concatenation.
 *
 * A regular series is ONE VEVENT with its RRULE (COUNT), an EXDATE for each date it skips and an
 * override (RECURRENCE-ID) for each date that differs; its UID is the series id at the site's host.
 * Dates no rule describes stay VEVENTs of their own, UID = the occurrence id at the site's host.
 * Both ids are hashes of the partner's data (source, UID, original instant), stable across
 * builds: a subscribed calendar updates what it knows instead of duplicating it.
 *
 * No METHOD: a published calendar is not an iTIP message (RFC 5546), whose METHOD:PUBLISH would
 * require an ORGANIZER in every event — a calendar user address that receives replies, which the
 * site does not have for its partners' events. Without METHOD, the file is a plain iCalendar
 * object, what Google Agenda, Outlook, Apple Calendar and Thunderbird subscribe to.
 */
import ICAL from 'ical.js';
import type { Occurrence } from '../domain/index.ts';
import { icsText } from '../site/strings/feeds.ts';
import type { ExportContext } from './export-context.ts';
import { inferSeriesRule, type SeriesLayout, type SeriesRule } from './infer-series-rule.ts';
import { parisVTimezone, PARIS_TZID } from './paris-timezone.ts';
import { lastModifiedOf, occurrenceToVEvent, revisionOf, sequenceOf, whenProperty } from './to-vevent.ts';

/** Name and description of a published calendar. */
export interface CalendarMeta {
  /** X-WR-CALNAME / NAME: what the calendar app shows (`Repères numériques – Janzé`). */
  name: string;
  /** X-WR-CALDESC / DESCRIPTION. */
  description: string;
}

/** RFC 5545 TEXT escaping (3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/**
 * A calendar-level TEXT property. ical.js knows DESCRIPTION as TEXT and escapes it; it does not
 * know RFC 7986's NAME nor the X-WR- names, and would write their value as is (an unescaped comma
 * splits a TEXT value for strict readers): those are escaped here, with no VALUE parameter.
 */
function textProperty(name: string, value: string): ICAL.Property {
  const prop = new ICAL.Property(name);
  prop.setValue(name === 'description' ? value : escapeText(value));
  return prop;
}

/** RRULE parts as ical.js takes them. */
function recurOf(rule: SeriesRule): ICAL.Recur {
  return ICAL.Recur.fromData({
    freq: rule.freq,
    interval: rule.interval,
    count: rule.count,
    ...(rule.byDay.length > 0 ? { byday: rule.byDay } : {}),
    ...(rule.byMonthDay.length > 0 ? { bymonthday: rule.byMonthDay } : {}),
  });
}

/** The VEVENTs of a series written as a rule: the recurring one, its overrides, then the singles. */
function seriesToVEvents(layout: SeriesLayout, all: readonly Occurrence[], ctx: ExportContext): ICAL.Component[] {
  const { template, first } = layout;
  const uid = `${template.seriesId}@${ctx.host}`;
  const inRule = all.filter((o) => !layout.singles.includes(o));
  const revision = {
    created: inRule.map((o) => o.firstSeen).reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b)),
    lastModified: inRule.map(lastModifiedOf).reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)),
    sequence: Math.max(...inRule.map(sequenceOf)),
  };
  const master = occurrenceToVEvent({ ...template, start: first.start, end: first.end }, ctx, uid, revision);
  master.addPropertyWithValue('rrule', recurOf(layout.rule));
  for (const exdate of layout.exdates) master.addProperty(whenProperty('exdate', exdate));
  const overrides = layout.overrides.map(({ recurrenceId, occurrence }) => {
    const event = occurrenceToVEvent(occurrence, ctx, uid, revisionOf(occurrence));
    event.addProperty(whenProperty('recurrence-id', recurrenceId));
    return event;
  });
  const singles = layout.singles.map((o) => occurrenceToVEvent(o, ctx));
  return [master, ...overrides, ...singles];
}

/** Occurrences grouped by series, in the order of their first occurrence. */
function bySeries(occurrences: readonly Occurrence[]): Occurrence[][] {
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const group = groups.get(o.seriesId);
    if (group === undefined) groups.set(o.seriesId, [o]);
    else group.push(o);
  }
  return [...groups.values()];
}

/** The VCALENDAR's own lines, without its VTIMEZONE and events. */
function calendarLines(meta: CalendarMeta): ICAL.Component {
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('prodid', icsText.prodId);
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addProperty(textProperty('name', meta.name));
  cal.addProperty(textProperty('x-wr-calname', meta.name));
  cal.addProperty(textProperty('description', meta.description));
  cal.addProperty(textProperty('x-wr-caldesc', meta.description));
  cal.addPropertyWithValue('x-wr-timezone', PARIS_TZID);
  const refresh = new ICAL.Property('refresh-interval');
  refresh.resetType('duration');
  refresh.setValue(ICAL.Duration.fromString('PT12H'));
  cal.addProperty(refresh);
  cal.addPropertyWithValue('x-published-ttl', 'PT12H');
  return cal;
}

/** The VTIMEZONE as written in every calendar (the same text each time). */
let parisText: string | undefined;

/** The VEVENTs of one series' occurrences: a rule where the dates are regular, else one per date. */
function seriesVEvents(series: readonly Occurrence[], ctx: ExportContext): ICAL.Component[] {
  const layout = inferSeriesRule(series);
  return layout === null ? series.map((o) => occurrenceToVEvent(o, ctx)) : seriesToVEvents(layout, series, ctx);
}

/** The VCALENDAR of some occurrences (sorted by start), regular series as rules, with the Paris VTIMEZONE. */
export function buildVCalendar(occurrences: readonly Occurrence[], meta: CalendarMeta, ctx: ExportContext) {
  const cal = calendarLines(meta);
  cal.addSubcomponent(parisVTimezone());
  for (const series of bySeries(occurrences))
    for (const event of seriesVEvents(series, ctx)) cal.addSubcomponent(event);
  return cal;
}

/** Runs `write` with ical.js folding content lines at 74 octets (see `serialiseCalendar`). */
function folded<T>(write: () => T): T {
  const previous = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return write();
  } finally {
    ICAL.foldLength = previous;
  }
}

/**
 * Serialises a calendar with content lines of at most 75 octets, line break excluded. ical.js folds
 * by UTF-8 octets (never inside a character) but writes continuation lines of 75 octets after
 * their leading space; folding at 74 keeps every line, space included, within the limit.
 */
export function serialiseCalendar(cal: ICAL.Component): string {
  return folded(() => `${cal.toString()}\r\n`);
}

/**
 * The text of a series' VEVENTs, written once per build and export context: the same series
 * appears in the whole agenda, its commune's calendar, its themes' and its own. The entry is
 * reused only for the very same occurrence objects (the build's), so a changed occurrence is
 * never served from it. ical.js writes a subcomponent the same alone as inside its VCALENDAR.
 */
const seriesTexts = new WeakMap<
  ExportContext,
  WeakMap<Occurrence, { series: readonly Occurrence[]; text: string }[]>
>();

function seriesText(series: readonly Occurrence[], ctx: ExportContext): string {
  const head = series[0];
  if (head === undefined) return '';
  let byHead = seriesTexts.get(ctx);
  if (byHead === undefined) seriesTexts.set(ctx, (byHead = new WeakMap()));
  const entries = byHead.get(head) ?? [];
  const known = entries.find((e) => e.series.length === series.length && e.series.every((o, i) => o === series[i]));
  if (known !== undefined) return known.text;
  const text = seriesVEvents(series, ctx)
    .map((event) => `${event.toString()}\r\n`)
    .join('');
  byHead.set(head, [...entries, { series: [...series], text }]);
  return text;
}

const END = 'END:VCALENDAR';

/** iCalendar text of some occurrences (RFC 5545), ready to serve as `text/calendar`. */
export function toICalendar(occurrences: readonly Occurrence[], meta: CalendarMeta, ctx: ExportContext): string {
  return folded(() => {
    const head = calendarLines(meta).toString();
    parisText ??= `${parisVTimezone().toString()}\r\n`;
    const events = bySeries(occurrences).map((series) => seriesText(series, ctx));
    return `${head.slice(0, -END.length)}${parisText}${events.join('')}${END}\r\n`;
  });
}
