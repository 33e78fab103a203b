import type { Occurrence } from '../domain/index.ts';
import { absoluteUrl, eventPageUrl, type ExportContext } from './export-context.ts';
import { venueLine, venueOf } from './venue.ts';

/*
 * Links for "subscribe" and "add to my calendar" buttons. Pure: the event page (branch
 * site-agenda) and the agenda page call them with the site's export context.
 */

/** `webcal://` address of a published calendar (calendar apps subscribe instead of importing once). */
export function webcalUrl(ctx: ExportContext, icsPath: string): string {
  return absoluteUrl(ctx, icsPath).replace(/^https?:/, 'webcal:');
}

/** Google Agenda page that subscribes to a published calendar. */
export function googleSubscribeUrl(ctx: ExportContext, icsPath: string): string {
  return `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcalUrl(ctx, icsPath))}`;
}

/** `20261201T130000Z` (UTC basic format) or `20261221` for a date. */
function basicFormat(when: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(when)) return when.replaceAll('-', '');
  return new Date(when)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A short text for the "details" of a one-off calendar entry: the event page comes first. */
function detailsOf(occurrence: Occurrence, ctx: ExportContext): string {
  const page = eventPageUrl(ctx, occurrence);
  return [page, occurrence.description ?? ''].join('\n\n').trim().slice(0, 1000);
}

/** "Add to Google Agenda" link for one occurrence (one-off copy, not updated afterwards). */
export function googleCalendarUrl(occurrence: Occurrence, ctx: ExportContext): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: occurrence.title,
    dates: `${basicFormat(occurrence.start)}/${basicFormat(occurrence.end)}`,
    details: detailsOf(occurrence, ctx),
    location: venueLine(venueOf(occurrence, ctx)),
    ctz: 'Europe/Paris',
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** "Add to Outlook" link (Outlook.com and Microsoft 365 accounts) for one occurrence. */
export function outlookCalendarUrl(occurrence: Occurrence, ctx: ExportContext): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: occurrence.title,
    startdt: occurrence.start,
    enddt: occurrence.end,
    allday: String(occurrence.allDay),
    body: detailsOf(occurrence, ctx),
    location: venueLine(venueOf(occurrence, ctx)),
  });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params.toString()}`;
}
