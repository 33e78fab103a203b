import ICAL from 'ical.js';
import type { FeedEvent } from '../../domain/feed-event.ts';
import type { Issue } from '../../domain/issue.ts';
import type { OccurrenceStatus } from '../../domain/occurrence.ts';
import { PARIS, toZonedIso } from '../../time/zoned-time.ts';
import { toOneLine, toPlainText, toSafeUrl } from '../normalise/text.ts';
import { messages } from './messages.ts';
import { tryRead } from './try-read.ts';

/** What an event says besides its dates, ready for FeedEvent. */
export type EventFields = Pick<
  FeedEvent,
  'title' | 'description' | 'location' | 'url' | 'coordinates' | 'categories' | 'updatedAt' | 'status'
>;

const STATUSES: Record<string, OccurrenceStatus> = {
  CONFIRMED: 'confirmed',
  TENTATIVE: 'tentative',
  CANCELLED: 'cancelled',
  CANCELED: 'cancelled',
};

/** Title used when SUMMARY is missing or empty. */
export const UNTITLED = 'Sans titre';

/** First value of a property as a string, `null` when absent or unreadable. */
function textOf(vevent: ICAL.Component, name: string): string | null {
  const value: unknown = tryRead(() => vevent.getFirstPropertyValue(name));
  return typeof value === 'string' ? value : null;
}

/** `true` for CLASS:PRIVATE and CLASS:CONFIDENTIAL: never published. */
export function isPrivate(vevent: ICAL.Component): boolean {
  const value = textOf(vevent, 'class')?.trim().toUpperCase();
  return value === 'PRIVATE' || value === 'CONFIDENTIAL';
}

function readCoordinates(vevent: ICAL.Component, issues: Issue[], line: number): FeedEvent['coordinates'] {
  const property = vevent.getFirstProperty('geo');
  if (property === null) return null;
  const value: unknown = property.getFirstValue();
  const [lat, lon] = Array.isArray(value) ? value.map(Number) : String(value).split(/[;,]/).map(Number);
  if (
    lat !== undefined &&
    lon !== undefined &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    !(lat === 0 && lon === 0)
  ) {
    return { lat, lon };
  }
  issues.push({ severity: 'warning', message: messages.badGeo(), line });
  return null;
}

function readCategories(vevent: ICAL.Component): string[] {
  const words = vevent
    .getAllProperties('categories')
    .flatMap((property) => property.getValues() as unknown[])
    .map((value) => toOneLine(typeof value === 'string' ? value : null))
    .filter((value): value is string => value !== null);
  return [...new Set(words)];
}

/** LAST-MODIFIED and DTSTAMP in UTC (`2026-11-01T08:00:00Z` in jCal) already read: an export stamps its events alike. */
const utcStamps = new Map<string, string>();
const UTC_STAMP_CACHE_SIZE = 1_000;

/** The ISO date of a UTC stamp written without parameters, read once per distinct stamp; `undefined` for any other. */
function cachedUtcStamp(property: ICAL.Property | null): string | undefined {
  const [, params, type, value] = (property?.jCal ?? []) as unknown[];
  const plain = type === 'date-time' && typeof value === 'string' && value.endsWith('Z');
  if (!plain || Object.keys(params ?? {}).length > 0) return undefined;
  let iso = utcStamps.get(value);
  if (iso === undefined) {
    const epoch = Date.parse(value);
    if (Number.isNaN(epoch)) return undefined;
    if (utcStamps.size >= UTC_STAMP_CACHE_SIZE) utcStamps.clear();
    utcStamps.set(value, (iso = toZonedIso(Math.floor(epoch / 1000) * 1000, PARIS)));
  }
  return iso;
}

function readUpdatedAt(vevent: ICAL.Component): string | null {
  // An unreadable LAST-MODIFIED falls back on DTSTAMP: the date is only informative.
  for (const name of ['last-modified', 'dtstamp']) {
    const cached = cachedUtcStamp(vevent.getFirstProperty(name));
    if (cached !== undefined) return cached;
    const value: unknown = tryRead(() => vevent.getFirstPropertyValue(name));
    if (value instanceof ICAL.Time && !value.isDate) return toZonedIso(value.toUnixTime() * 1000, PARIS);
  }
  return null;
}

function readUrl(vevent: ICAL.Component, issues: Issue[], line: number): string | null {
  const raw = textOf(vevent, 'url');
  if (raw === null || raw.trim() === '') return null;
  const url = toSafeUrl(raw);
  if (url === null) issues.push({ severity: 'warning', message: messages.badUrl(raw), line });
  return url;
}

/**
 * The plain fields of a VEVENT: text through `toOneLine`/`toPlainText` (an HTML X-ALT-DESC is used
 * when DESCRIPTION is absent), URL through `toSafeUrl`, GEO, CATEGORIES, STATUS (a calendar
 * published with METHOD:CANCEL cancels its events), LAST-MODIFIED or DTSTAMP.
 */
export function readEventFields(
  vevent: ICAL.Component,
  line: number,
  context: { cancelAll: boolean; issues: Issue[] },
): EventFields {
  const { cancelAll, issues } = context;
  const status = STATUSES[textOf(vevent, 'status')?.trim().toUpperCase() ?? ''] ?? 'confirmed';
  const title = toOneLine(textOf(vevent, 'summary'));
  if (title === null) issues.push({ severity: 'warning', message: messages.noTitle(), line });
  return {
    title: title ?? UNTITLED,
    description: toPlainText(textOf(vevent, 'description')) ?? toPlainText(textOf(vevent, 'x-alt-desc')),
    location: toOneLine(textOf(vevent, 'location')),
    url: readUrl(vevent, issues, line),
    coordinates: readCoordinates(vevent, issues, line),
    categories: readCategories(vevent),
    updatedAt: readUpdatedAt(vevent),
    status: cancelAll ? 'cancelled' : status,
  };
}
