import ICAL from 'ical.js';
import type { FeedEvent } from '../../domain/feed-event.ts';
import type { EventRecord, OverrideRecord, Series } from './group-series.ts';
import { InstanceKeyMap } from './instance-key.ts';
import { messages } from './messages.ts';
import { isPrivate } from './read-event.ts';
import { addInstanceInWindow, timesOf, titleOf, type ExpandContext, type Run } from './series-run.ts';
import { latestMovedIn, walkRule, type Walk } from './walk-rule.ts';
import type { ZoneContext } from './zone-context.ts';

export type { ExpandContext } from './series-run.ts';
export { MAX_ITERATIONS_BEFORE_WINDOW } from './walk-rule.ts';

/** Expresses each override's RECURRENCE-ID like the master's slots, so ical.js finds it whatever zone or type it was written in. */
function alignOverrides(master: ICAL.Event, overrides: EventRecord[], zones: ZoneContext): ICAL.Component[] {
  const startProperty = master.component.getFirstProperty('dtstart');
  const like = master.startDate;
  const likeZone = zones.wallZoneOf(startProperty);
  return overrides.map(({ vevent }) => {
    const property = vevent.getFirstProperty('recurrence-id');
    const time = property?.getFirstValue() as ICAL.Time | undefined;
    if (property !== null && time !== undefined)
      property.setValue(zones.alignTo(time, zones.wallZoneOf(property), like, likeZone));
    return vevent;
  });
}

/**
 * Expresses the master's date-time EXDATEs like its slots: ical.js compares them as written, so a
 * UTC EXDATE would miss a slot of a zone it does not know (Outlook without VTIMEZONE).
 */
function alignExdates(master: ICAL.Event, zones: ZoneContext): void {
  const like = master.startDate;
  const likeZone = zones.wallZoneOf(master.component.getFirstProperty('dtstart'));
  for (const property of master.component.getAllProperties('exdate')) {
    const zone = zones.wallZoneOf(property);
    const values = (property.getValues() as ICAL.Time[]).map((time) =>
      time.isDate ? time : zones.alignTo(time, zone, like, likeZone),
    );
    property.removeParameter('tzid');
    property.setValues(values);
  }
}

function overridesByKey(overrides: OverrideRecord[]): InstanceKeyMap<OverrideRecord> {
  const byKey = new InstanceKeyMap<OverrideRecord>();
  for (const record of overrides) if (record.key !== null) byKey.set(record.key, record);
  return byKey;
}

/** Instances of a series that has a master: one when it does not repeat, else its rule walked with the overrides applied. */
function expandMaster(run: Run, series: Series, ctx: ExpandContext): void {
  // `exceptions` given (even empty) keeps ical.js from scanning every VEVENT of the calendar.
  const master = new ICAL.Event(run.master.vevent, { exceptions: [] });
  alignExdates(master, ctx.zones);
  const event = new ICAL.Event(run.master.vevent, { exceptions: alignOverrides(master, series.overrides, ctx.zones) });
  if (!event.isRecurring()) {
    addInstanceInWindow(run, run.master, timesOf(event, ctx.zones), null, ctx);
    return;
  }
  const walk: Walk = {
    event,
    masterTimes: timesOf(event, ctx.zones),
    byComponent: new Map(series.overrides.map((record) => [record.vevent, record])),
    byKey: overridesByKey(series.overrides),
    hasOverrides: series.overrides.length > 0,
    extendTo: latestMovedIn(series.overrides, ctx),
  };
  try {
    walkRule(run, walk, ctx);
  } catch (error) {
    ctx.issues.push({
      severity: 'warning',
      message: messages.badRule(titleOf(event), String(error)),
      line: run.master.line,
    });
    if (run.out.length === 0)
      addInstanceInWindow(
        run,
        run.master,
        timesOf(event, ctx.zones),
        ctx.zones.whenOf(event.startDate, timesOf(event, ctx.zones).startZone),
        ctx,
      );
  }
}

/** Overrides whose master is missing (shared invitations): each is an instance on its own. */
function expandOrphans(uid: string, overrides: EventRecord[], ctx: ExpandContext): FeedEvent[] {
  return overrides.flatMap((record) => {
    if (!record.vevent.hasProperty('dtstart')) {
      ctx.issues.push({ severity: 'error', message: messages.noStart(), line: record.line });
      return [];
    }
    if (isPrivate(record.vevent)) {
      ctx.privateCount += 1;
      return [];
    }
    const run: Run = { uid, master: record, out: [], fields: new Map(), swapped: false };
    const event = new ICAL.Event(record.vevent);
    const recurrence = event.recurrenceId;
    const times = timesOf(event, ctx.zones);
    const zone = ctx.zones.wallZoneOf(record.vevent.getFirstProperty('recurrence-id'));
    addInstanceInWindow(run, record, times, ctx.zones.whenOf(recurrence, zone), ctx);
    return run.out;
  });
}

/**
 * The instances of one series that overlap the window, in the order of the rule: private and
 * confidential events are left out (and counted), overrides replace their instance, a cancelled
 * override cancels just that instance. Never more than `cap` instances inside the window.
 */
export function expandSeries(series: Series, ctx: ExpandContext): FeedEvent[] {
  if (series.master === null) return expandOrphans(series.uid, series.overrides, ctx);
  if (!series.master.vevent.hasProperty('dtstart')) {
    ctx.issues.push({ severity: 'error', message: messages.noStart(), line: series.master.line });
    return [];
  }
  if (isPrivate(series.master.vevent)) {
    ctx.privateCount += 1;
    return [];
  }
  const run: Run = { uid: series.uid, master: series.master, out: [], fields: new Map(), swapped: false };
  expandMaster(run, series, ctx);
  return run.out;
}
