/** "Ajouter à mon agenda": links that open Google or Outlook with one occurrence filled in, and webcal for Apple. */
import { addDays } from '../format/format-date.ts';
import { whenToEpoch } from '../time/zoned-time.ts';
import type { When } from '../format/format-when.ts';

/** What a calendar link carries. */
export interface CalendarEntry extends When {
  title: string;
  location: string | null;
  /** Plain text, usually the page address. */
  details: string;
}

/** `20261203T130000Z` */
function utcStamp(when: string): string {
  return new Date(whenToEpoch(when))
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Google Calendar's "add event" link. */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const dates = entry.allDay
    ? `${entry.start.replace(/-/g, '')}/${entry.end.replace(/-/g, '')}`
    : `${utcStamp(entry.start)}/${utcStamp(entry.end)}`;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: entry.title, dates, details: entry.details });
  if (entry.location !== null) params.set('location', entry.location);
  params.set('ctz', 'Europe/Paris');
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** Outlook.com's "new event" link (all-day end is inclusive there). */
export function outlookCalendarUrl(entry: CalendarEntry): string {
  const iso = (when: string) => new Date(whenToEpoch(when)).toISOString().replace(/\.\d{3}/, '');
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: entry.title,
    body: entry.details,
    startdt: entry.allDay ? entry.start : iso(entry.start),
    enddt: entry.allDay ? addDays(entry.end, -1) : iso(entry.end),
  });
  if (entry.allDay) params.set('allday', 'true');
  if (entry.location !== null) params.set('location', entry.location);
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params.toString()}`;
}

/** `webcal://…`: Apple Calendar (and others) subscribe to or import an `.ics` at an http(s) address. */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:\/\//, 'webcal://');
}
