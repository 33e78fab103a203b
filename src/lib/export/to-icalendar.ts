/**
 * iCalendar out (RFC 5545), built with ical.js components, never by string concatenation.
 *
 * One VEVENT per occurrence, each with its own UID (`<occurrence id>@<site host>`), rather than an
 * RRULE per series: the data model keeps expanded occurrences (the partner's rule, its EXDATEs and
 * RECURRENCE-ID overrides are already applied, and CSV feeds never had a rule), so a rule rebuilt
 * here would be a guess. The occurrence id hashes source, UID and original instant, so it is
 * stable across builds; a moved or cancelled date keeps its UID and the calendar updates it.
 * DTSTAMP and LAST-MODIFIED come from the data (`updatedAt`, else `firstSeen`), never from the
 * build's clock: rebuilding the same data gives the same bytes.
 */
import ICAL from 'ical.js';
import type { Occurrence } from '../domain/index.ts';
import { eventPageUrl, type ExportContext, themeLabels } from './export-context.ts';
import { venueLine, venueOf } from './venue.ts';
import { PARIS_TZID, parisVTimezone } from './paris-timezone.ts';
import { icsText } from '../site/strings/feeds.ts';

/** Name and description of a published calendar. */
export interface CalendarMeta {
  /** X-WR-CALNAME / NAME: what the calendar app shows (`Repères numériques – Janzé`). */
  name: string;
  /** X-WR-CALDESC / DESCRIPTION. */
  description: string;
}

const STATUS = { confirmed: 'CONFIRMED', tentative: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/** An instant as a UTC ICAL.Time (DTSTAMP, LAST-MODIFIED must be UTC). */
function utcTime(iso: string): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(iso), true);
}

/** A stored start/end as an ICAL.Time: a date, or the Paris wall time read from the ISO string. */
function wallTime(when: string): ICAL.Time {
  if (/^\d{4}-\d{2}-\d{2}$/.test(when)) return ICAL.Time.fromDateString(when);
  // Stored times are Europe/Paris wall times with their offset: the first 19 characters are the wall time.
  return ICAL.Time.fromDateTimeString(when.slice(0, 19));
}

function addWhen(event: ICAL.Component, name: 'dtstart' | 'dtend', when: string): void {
  const prop = new ICAL.Property(name);
  const time = wallTime(when);
  prop.setValue(time);
  if (!time.isDate) prop.setParameter('tzid', PARIS_TZID);
  event.addProperty(prop);
}

/**
 * SEQUENCE without history: minutes from first sight to the last modification the feed declared.
 * It never decreases while the partner edits the event, and the same data gives the same number.
 */
export function sequenceOf(occurrence: Pick<Occurrence, 'firstSeen' | 'updatedAt'>): number {
  if (occurrence.updatedAt === null) return 0;
  const minutes = Math.floor((Date.parse(occurrence.updatedAt) - Date.parse(occurrence.firstSeen)) / 60_000);
  return Math.min(Math.max(minutes, 0), 2_147_483_647);
}

/** The text of DESCRIPTION: the partner's description, then practical details and the event page. */
function descriptionOf(occurrence: Occurrence, ctx: ExportContext, pageUrl: string): string {
  const venue = venueOf(occurrence, ctx);
  const organiser = ctx.sources.get(occurrence.sourceId)?.name;
  const lines = [
    occurrence.description,
    occurrence.price === null ? null : `${icsText.price} : ${occurrence.price}`,
    occurrence.registration === null ? null : `${icsText.registration} : ${occurrence.registration}`,
    venue.phone === null ? null : `${icsText.phone} : ${venue.phone}`,
    organiser === undefined ? null : `${icsText.organiser} : ${organiser}`,
    `${icsText.moreInfo} : ${pageUrl}`,
  ];
  return lines.filter((l): l is string => l !== null && l !== '').join('\n\n');
}

/** One VEVENT for one occurrence. UID: the occurrence id at the site's host (stable across builds). */
export function occurrenceToVEvent(occurrence: Occurrence, ctx: ExportContext): ICAL.Component {
  const event = new ICAL.Component('vevent');
  const pageUrl = eventPageUrl(ctx, occurrence);
  const revised = utcTime(occurrence.updatedAt ?? occurrence.firstSeen);
  const cancelled = occurrence.status === 'cancelled';
  event.addPropertyWithValue('uid', `${occurrence.id}@${ctx.host}`);
  event.addPropertyWithValue('dtstamp', revised);
  event.addPropertyWithValue('last-modified', revised);
  event.addPropertyWithValue('created', utcTime(occurrence.firstSeen));
  event.addPropertyWithValue('sequence', sequenceOf(occurrence));
  addWhen(event, 'dtstart', occurrence.start);
  addWhen(event, 'dtend', occurrence.end);
  event.addPropertyWithValue('summary', cancelled ? `${icsText.cancelled} ${occurrence.title}` : occurrence.title);
  event.addPropertyWithValue('description', descriptionOf(occurrence, ctx, pageUrl));
  const where = venueLine(venueOf(occurrence, ctx));
  if (where !== '') event.addPropertyWithValue('location', where);
  if (occurrence.coordinates !== null)
    event.addPropertyWithValue('geo', [occurrence.coordinates.lat, occurrence.coordinates.lon]);
  const categories = themeLabels(occurrence.themes, ctx);
  if (categories.length > 0) event.addProperty(multiValued('categories', categories));
  event.addPropertyWithValue('status', STATUS[occurrence.status]);
  event.addPropertyWithValue('class', 'PUBLIC');
  // Public events must not mark the subscriber as busy.
  event.addPropertyWithValue('transp', 'TRANSPARENT');
  event.addPropertyWithValue('url', pageUrl);
  return event;
}

function multiValued(name: string, values: string[]): ICAL.Property {
  const prop = new ICAL.Property(name);
  prop.setValues(values);
  return prop;
}

/** The VCALENDAR of some occurrences, one VEVENT each, with the Paris VTIMEZONE. */
export function buildVCalendar(occurrences: readonly Occurrence[], meta: CalendarMeta, ctx: ExportContext) {
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('prodid', icsText.prodId);
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  cal.addPropertyWithValue('x-wr-calname', meta.name);
  cal.addPropertyWithValue('name', meta.name);
  cal.addPropertyWithValue('x-wr-caldesc', meta.description);
  cal.addPropertyWithValue('x-wr-timezone', PARIS_TZID);
  const refresh = new ICAL.Property('refresh-interval');
  refresh.resetType('duration');
  refresh.setValue(ICAL.Duration.fromString('PT12H'));
  cal.addProperty(refresh);
  cal.addPropertyWithValue('x-published-ttl', 'PT12H');
  cal.addSubcomponent(parisVTimezone());
  for (const o of occurrences) cal.addSubcomponent(occurrenceToVEvent(o, ctx));
  return cal;
}

/**
 * Serialises a calendar with content lines of at most 75 octets, line break excluded. ical.js folds
 * by UTF-8 octets (never inside a character) but writes continuation lines of 75 octets after
 * their leading space; folding at 74 keeps every line, space included, within the limit.
 */
export function serialiseCalendar(cal: ICAL.Component): string {
  const previous = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${cal.toString()}\r\n`;
  } finally {
    ICAL.foldLength = previous;
  }
}

/** iCalendar text of some occurrences (RFC 5545), ready to serve as `text/calendar`. */
export function toICalendar(occurrences: readonly Occurrence[], meta: CalendarMeta, ctx: ExportContext): string {
  return serialiseCalendar(buildVCalendar(occurrences, meta, ctx));
}
