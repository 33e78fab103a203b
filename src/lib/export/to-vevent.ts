/**
 * One VEVENT of a published calendar (RFC 5545), built with ical.js components.
 *
 * Every date-time of it comes from the data, never from the build's clock, so rebuilding the same
 * data gives the same bytes. What persists across nights is the occurrence's `firstSeen` (written
 * by the ingest the first night it read the occurrence, kept from then on) and `updatedAt` (the
 * partner's LAST-MODIFIED or DTSTAMP, when the feed has one):
 *
 * - CREATED is `firstSeen`; LAST-MODIFIED and DTSTAMP the later of `firstSeen` and `updatedAt`, so
 *   CREATED ≤ LAST-MODIFIED even when the partner's last edit predates our first reading;
 * - SEQUENCE counts revisions the same way every night: twice the minutes from `firstSeen` to the
 *   partner's last edit after it, plus one when the occurrence is cancelled. An edit moves
 *   `updatedAt` forward, a cancellation adds one (and the partner's edit that cancels moves it
 *   too): the number grows with each change and never falls while the data stays.
 */
import ICAL from 'ical.js';
import type { Occurrence } from '../domain/index.ts';
import { icsText } from '../site/strings/feeds.ts';
import { saysCancelled } from '../site/strings/status.ts';
import { eventPageUrl, type ExportContext, themeLabels } from './export-context.ts';
import { PARIS_TZID } from './paris-timezone.ts';
import { venueLine, venueOf } from './venue.ts';

const STATUS = { confirmed: 'CONFIRMED', tentative: 'TENTATIVE', cancelled: 'CANCELLED' } as const;
const MAX_SEQUENCE = 2_147_483_647;

/** An instant as a UTC ICAL.Time (DTSTAMP, CREATED, LAST-MODIFIED must be UTC). */
function utcTime(iso: string): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(iso), true);
}

/** A stored start/end (or a rule's wall start) as an ICAL.Time: a date, or the Paris wall time. */
function wallTime(when: string): ICAL.Time {
  if (/^\d{4}-\d{2}-\d{2}$/.test(when)) return ICAL.Time.fromDateString(when);
  // Stored times are Europe/Paris wall times with their offset: the first 19 characters are the wall time.
  return ICAL.Time.fromDateTimeString(when.slice(0, 19));
}

/** A DTSTART, DTEND, RECURRENCE-ID or EXDATE at a Paris wall time (TZID) or on a date (VALUE=DATE). */
export function whenProperty(name: string, when: string): ICAL.Property {
  const prop = new ICAL.Property(name);
  const time = wallTime(when);
  prop.setValue(time);
  if (!time.isDate) prop.setParameter('tzid', PARIS_TZID);
  return prop;
}

/** When the occurrence was last revised: the later of first sight and the partner's last edit. */
export function lastModifiedOf(o: Pick<Occurrence, 'firstSeen' | 'updatedAt'>): string {
  return o.updatedAt !== null && Date.parse(o.updatedAt) > Date.parse(o.firstSeen) ? o.updatedAt : o.firstSeen;
}

/** SEQUENCE from data kept across nights (see the head of this file). */
export function sequenceOf(o: Pick<Occurrence, 'firstSeen' | 'updatedAt' | 'status'>): number {
  const edited = Math.floor((Date.parse(lastModifiedOf(o)) - Date.parse(o.firstSeen)) / 60_000);
  return Math.min(2 * edited + (o.status === 'cancelled' ? 1 : 0), MAX_SEQUENCE);
}

/** SUMMARY: the title, marked « ANNULÉ – » when cancelled unless the partner's title already says so. */
export function summaryOf(o: Pick<Occurrence, 'title' | 'status'>): string {
  return o.status === 'cancelled' && !saysCancelled(o.title) ? `${icsText.cancelled} ${o.title}` : o.title;
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

function multiValued(name: string, values: string[]): ICAL.Property {
  const prop = new ICAL.Property(name);
  prop.setValues(values);
  return prop;
}

/** The revision stamps of a VEVENT (CREATED ≤ LAST-MODIFIED = DTSTAMP) and its SEQUENCE. */
export interface Revision {
  created: string;
  lastModified: string;
  sequence: number;
}

export const revisionOf = (o: Occurrence): Revision => ({
  created: o.firstSeen,
  lastModified: lastModifiedOf(o),
  sequence: sequenceOf(o),
});

/**
 * The VEVENT of an occurrence under a UID: its own (`<occurrence id>@<host>`), or its series' for
 * a rule (`<series id>@<host>`) and its overrides. `revision` defaults to the occurrence's.
 */
export function occurrenceToVEvent(
  occurrence: Occurrence,
  ctx: ExportContext,
  uid = `${occurrence.id}@${ctx.host}`,
  revision: Revision = revisionOf(occurrence),
): ICAL.Component {
  const event = new ICAL.Component('vevent');
  const pageUrl = eventPageUrl(ctx, occurrence);
  event.addPropertyWithValue('uid', uid);
  event.addPropertyWithValue('dtstamp', utcTime(revision.lastModified));
  event.addPropertyWithValue('created', utcTime(revision.created));
  event.addPropertyWithValue('last-modified', utcTime(revision.lastModified));
  event.addPropertyWithValue('sequence', revision.sequence);
  event.addProperty(whenProperty('dtstart', occurrence.start));
  event.addProperty(whenProperty('dtend', occurrence.end));
  event.addPropertyWithValue('summary', summaryOf(occurrence));
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
