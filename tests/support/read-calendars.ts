import ICAL from 'ical.js';
import nodeIcal from 'node-ical';

/*
 * Two independent readers of a published calendar, each expanding RRULE, EXDATE and RECURRENCE-ID
 * overrides into the dates a calendar app shows: ical.js (the site's own library) and node-ical
 * (rrule-temporal underneath, written by other people). Tests compare both with the site's dates.
 */

/** One date of a calendar as an app shows it. */
export interface CalendarInstance {
  uid: string;
  /** `2026-12-01T13:00:00.000Z` (an instant), or `2026-12-21` for an all-day date. */
  start: string;
  end: string;
  summary: string;
  status: string;
  /** RECURRENCE-ID (as an instant or a date) for an instance of a rule, else `null`. */
  recurrenceId: string | null;
}

const byStart = (a: CalendarInstance, b: CalendarInstance) =>
  a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid);

/** An ical.js time as an instant (UTC ISO) or a date. */
function icalTime(time: ICAL.Time): string {
  return time.isDate ? time.toString().slice(0, 10) : new Date(time.toUnixTime() * 1000).toISOString();
}

/** Every date of a calendar from `from` to `to`, as ical.js expands it (the calendar's own VTIMEZONE). */
export function expandWithIcalJs(text: string, from: Date, to: Date): CalendarInstance[] {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const zone = cal.getFirstSubcomponent('vtimezone');
  if (zone !== null) ICAL.TimezoneService.register(zone);
  try {
    const vevents = cal.getAllSubcomponents('vevent');
    const overrides = vevents.filter((v) => v.hasProperty('recurrence-id'));
    const instances: CalendarInstance[] = [];
    for (const vevent of vevents.filter((v) => !v.hasProperty('recurrence-id'))) {
      const uid = String(vevent.getFirstPropertyValue('uid'));
      const exceptions = overrides.filter((o) => o.getFirstPropertyValue('uid') === uid);
      const event = new ICAL.Event(vevent, { exceptions });
      if (!event.isRecurring()) {
        instances.push(instanceOf(event, uid, null));
        continue;
      }
      const iterator = event.iterator();
      for (let n = 0; n < 10_000; n++) {
        // ical.js ends an iterator with `undefined` (typed `null`).
        const next = iterator.next() as ICAL.Time | null | undefined;
        if (next === null || next === undefined || next.toJSDate() > to) break;
        const details = event.getOccurrenceDetails(next);
        instances.push({
          ...instanceOf(details.item, uid, icalTime(details.recurrenceId)),
          start: icalTime(details.startDate),
          end: icalTime(details.endDate),
        });
      }
    }
    return instances.filter((i) => inRange(i, from, to)).sort(byStart);
  } finally {
    if (zone !== null) ICAL.TimezoneService.remove(String(zone.getFirstPropertyValue('tzid')));
  }
}

function instanceOf(event: ICAL.Event, uid: string, recurrenceId: string | null): CalendarInstance {
  return {
    uid,
    start: icalTime(event.startDate),
    end: icalTime(event.endDate),
    summary: event.summary,
    status: String(event.component.getFirstPropertyValue('status')),
    recurrenceId,
  };
}

const inRange = (i: CalendarInstance, from: Date, to: Date) =>
  new Date(i.end.length === 10 ? `${i.end}T00:00:00Z` : i.end) > from &&
  new Date(i.start.length === 10 ? `${i.start}T00:00:00Z` : i.start) < to;

type Text = string | { val: string } | undefined;
const textOf = (value: Text) => (typeof value === 'object' ? value.val : (value ?? ''));

/** A node-ical date as an instant, or as a date for all-day values (built at local midnight). */
function nodeTime(date: Date & { dateOnly?: boolean }, fullDay: boolean): string {
  if (!fullDay) return date.toISOString();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Every date of a calendar from `from` to `to`, as node-ical expands it. */
export function expandWithNodeIcal(text: string, from: Date, to: Date): CalendarInstance[] {
  const parsed = nodeIcal.sync.parseICS(text);
  const instances: CalendarInstance[] = [];
  for (const component of Object.values(parsed)) {
    if (component?.type !== 'VEVENT') continue;
    for (const instance of nodeIcal.expandRecurringEvent(component, { from, to, expandOngoing: true })) {
      const start = nodeTime(instance.start, instance.isFullDay);
      const override = instance.isOverride ? instance.event.recurrenceid : undefined;
      instances.push({
        uid: component.uid,
        start,
        end: nodeTime(instance.end, instance.isFullDay),
        summary: textOf(instance.summary),
        status: instance.event.status ?? '',
        recurrenceId:
          override !== undefined ? nodeTime(override, instance.isFullDay) : instance.isRecurring ? start : null,
      });
    }
  }
  return instances.sort(byStart);
}
