import ICAL from 'ical.js';
import type { FeedEvent } from '../../domain/feed-event.ts';
import type { Issue } from '../../domain/issue.ts';
import { buildInstance, type InstanceTimes } from './build-instance.ts';
import { instanceKeyOf, type EventRecord, type OverrideRecord, type Series } from './group-series.ts';
import { messages } from './messages.ts';
import { isPrivate, readEventFields, type EventFields } from './read-event.ts';
import type { ZoneContext } from './zone-context.ts';

/** Most instances of one series looked at before the window starts (a runaway rule stops here). */
export const MAX_ITERATIONS_BEFORE_WINDOW = 50_000;

/** What expanding needs besides the series; shared by all series of one feed. */
export interface ExpandContext {
  from: number;
  to: number;
  cap: number;
  zones: ZoneContext;
  /** METHOD:CANCEL: every event of the calendar is cancelled. */
  cancelAll: boolean;
  issues: Issue[];
  /** VEVENTs left out because they are private or confidential. */
  privateCount: number;
}

/** The instances and the state of one series being expanded. */
interface Run {
  uid: string;
  master: EventRecord;
  out: FeedEvent[];
  fields: Map<ICAL.Component, EventFields>;
  swapped: boolean;
}

function fieldsOf(run: Run, vevent: ICAL.Component, line: number, ctx: ExpandContext): EventFields {
  let fields = run.fields.get(vevent);
  if (fields === undefined) {
    fields = readEventFields(vevent, line, ctx.cancelAll, ctx.issues);
    run.fields.set(vevent, fields);
  }
  return fields;
}

/** SUMMARY for messages ('' when absent). */
function titleOf(event: ICAL.Event): string {
  const value: unknown = event.summary;
  return typeof value === 'string' ? value : '';
}

/** Times of an event as written, with the zones of its DTSTART and DTEND. */
function timesOf(event: ICAL.Event, zones: ZoneContext): InstanceTimes {
  const startZone = zones.wallZoneOf(event.component.getFirstProperty('dtstart'));
  const endProperty = event.component.getFirstProperty('dtend');
  return {
    start: event.startDate,
    startZone,
    end: event.endDate,
    endZone: endProperty === null ? startZone : zones.wallZoneOf(endProperty),
  };
}

/** Keeps an instance when it overlaps the window (a zero-length one when it starts inside). */
function keep(
  run: Run,
  record: EventRecord,
  times: InstanceTimes,
  recurrenceId: string | null,
  ctx: ExpandContext,
): boolean {
  const fields = fieldsOf(run, record.vevent, record.line, ctx);
  const built = buildInstance(fields, times, { uid: run.uid, recurrenceId, line: record.line }, ctx.zones);
  if (built.swapped && !run.swapped) {
    run.swapped = true;
    ctx.issues.push({ severity: 'warning', message: messages.endBeforeStart(), line: record.line });
  }
  const inside =
    built.startEpoch < ctx.to &&
    (built.endEpoch > ctx.from || (built.endEpoch === built.startEpoch && built.startEpoch >= ctx.from));
  if (inside) run.out.push(built.event);
  return inside;
}

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

/** One slot of a rule resolved: the VEVENT that describes it and its times. */
interface Slot {
  time: ICAL.Time;
  record: EventRecord;
  times: InstanceTimes;
}

interface Walk {
  event: ICAL.Event;
  masterTimes: InstanceTimes;
  /** Overrides by VEVENT (ical.js found them) and by instance key (ical.js could not: a PERIOD or another zone). */
  byComponent: Map<ICAL.Component, OverrideRecord>;
  byKey: Map<string, OverrideRecord>;
}

function overrideTimes(record: OverrideRecord, zones: ZoneContext): InstanceTimes {
  return timesOf(new ICAL.Event(record.vevent), zones);
}

/** What ical.js says of a slot, completed by our own lookup where its keys miss (RDATE in another zone, PERIOD). */
function resolveSlot(walk: Walk, run: Run, raw: ICAL.Time | ICAL.Period, zones: ZoneContext): Slot {
  const isPeriod = raw instanceof ICAL.Period;
  const time = isPeriod ? raw.start : raw;
  const details = isPeriod ? null : walk.event.getOccurrenceDetails(time);
  const item = details?.item;
  const found = item === undefined ? undefined : walk.byComponent.get(item.component);
  if (details !== null && item !== undefined && found !== undefined) {
    const own = timesOf(item, zones);
    return { time, record: found, times: { ...own, start: details.startDate, end: details.endDate } };
  }
  const byKey = walk.byKey.get(instanceKeyOf(time, walk.masterTimes.startZone, zones));
  if (byKey !== undefined) return { time, record: byKey, times: overrideTimes(byKey, zones) };
  const end = isPeriod ? raw.getEnd() : (details?.endDate ?? walk.masterTimes.end);
  return { time, record: run.master, times: { ...walk.masterTimes, start: time, end } };
}

function stop(run: Run, ctx: ExpandContext, message: string): void {
  ctx.issues.push({ severity: 'warning', message, line: run.master.line });
}

/** Walks a rule from DTSTART (never from the window: ical.js would restart the rule there), skipping to the window, with both caps. */
function walkRule(run: Run, walk: Walk, ctx: ExpandContext): void {
  const { event, masterTimes } = walk;
  const title = titleOf(event);
  const iterator = event.iterator();
  // Slots ending before the window are skipped cheaply, unless an override may move them.
  const length = Math.max(
    0,
    ctx.zones.epochOf(masterTimes.end, masterTimes.endZone) -
      ctx.zones.epochOf(masterTimes.start, masterTimes.startZone),
  );
  let before = 0;
  let inside = 0;
  const next = () => iterator.next() as ICAL.Time | ICAL.Period | null | undefined;
  for (let raw = next(); raw !== undefined && raw !== null; raw = next()) {
    const slotEpoch = ctx.zones.epochOf(raw instanceof ICAL.Period ? raw.start : raw, masterTimes.startZone);
    if (slotEpoch >= ctx.to) break;
    const cheapSkip = walk.byKey.size === 0 && slotEpoch + length + 3_600_000 < ctx.from;
    const slot = cheapSkip ? null : resolveSlot(walk, run, raw, ctx.zones);
    if (slot !== null && slot.record !== run.master && isPrivate(slot.record.vevent)) ctx.privateCount += 1;
    else if (
      slot !== null &&
      keep(run, slot.record, slot.times, ctx.zones.whenOf(slot.time, masterTimes.startZone), ctx)
    )
      inside += 1;
    else if (inside === 0 && ++before >= MAX_ITERATIONS_BEFORE_WINDOW) {
      stop(run, ctx, messages.runaway(title, before));
      return;
    }
    if (inside >= ctx.cap) {
      stop(run, ctx, messages.seriesCap(title, ctx.cap));
      return;
    }
  }
}

/** Instances of a series that has a master: one when it does not repeat, else its rule walked with the overrides applied. */
function expandMaster(run: Run, series: Series, ctx: ExpandContext): void {
  const master = new ICAL.Event(run.master.vevent);
  const event = new ICAL.Event(run.master.vevent, { exceptions: alignOverrides(master, series.overrides, ctx.zones) });
  if (!event.isRecurring()) {
    keep(run, run.master, timesOf(event, ctx.zones), null, ctx);
    return;
  }
  const walk: Walk = {
    event,
    masterTimes: timesOf(event, ctx.zones),
    byComponent: new Map(series.overrides.map((record) => [record.vevent, record])),
    byKey: new Map(series.overrides.map((record) => [record.key, record])),
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
      keep(
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
    keep(run, record, times, ctx.zones.whenOf(recurrence, zone), ctx);
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
