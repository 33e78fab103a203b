import ICAL from 'ical.js';
import type { EventRecord, OverrideRecord } from './group-series.ts';
import { instanceKeyOf, type InstanceKeyMap } from './instance-key.ts';
import { messages } from './messages.ts';
import { iterateRecurrenceSet } from './recurrence-set.ts';
import { isPrivate } from './read-event.ts';
import { addInstanceInWindow, timesOf, titleOf, type ExpandContext, type Run } from './series-run.ts';
import type { InstanceTimes } from './build-instance.ts';
import type { ZoneContext } from './zone-context.ts';

/** Most instances of one series looked at before the window starts (a runaway rule stops here). */
export const MAX_ITERATIONS_BEFORE_WINDOW = 50_000;

/** One slot of a rule resolved: the VEVENT that describes it and its times. */
interface Slot {
  time: ICAL.Time;
  record: EventRecord;
  times: InstanceTimes;
}

export interface Walk {
  event: ICAL.Event;
  masterTimes: InstanceTimes;
  /** Overrides by VEVENT (ical.js found them) and by instance key (ical.js could not: a PERIOD or another zone). */
  byComponent: Map<ICAL.Component, OverrideRecord>;
  byKey: InstanceKeyMap<OverrideRecord>;
  /** `false` when the series has no override at all, readable or not. */
  hasOverrides: boolean;
  /** Original instant of the latest override moved into the window: the walk goes on until it. */
  extendTo: number;
}

/**
 * The latest original instant among overrides moved into the window from after it (a December
 * session brought forward to November), or -Infinity.
 */
export function latestMovedIn(overrides: OverrideRecord[], ctx: ExpandContext): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const record of overrides) {
    // A date counts from its midnight UTC; an unreadable RECURRENCE-ID moves nothing.
    const original = record.key?.epochMs ?? Number.NaN;
    if (!Number.isFinite(original) || original < ctx.to) continue;
    const times = overrideTimes(record, ctx.zones);
    const start = ctx.zones.epochOf(times.start, times.startZone);
    if (start < ctx.to && ctx.zones.epochOf(times.end, times.endZone) >= ctx.from) latest = Math.max(latest, original);
  }
  return latest;
}

function overrideTimes(record: OverrideRecord, zones: ZoneContext): InstanceTimes {
  return timesOf(new ICAL.Event(record.vevent), zones);
}

/**
 * What ical.js says of a slot, completed by our own lookup where its keys miss (RDATE in another zone, PERIOD).
 * `duration`: the master's, given when the series has no override at all, so a plain slot is its start plus
 * that duration without asking ical.js (which would write two keys of the slot to look for an exception).
 */
function resolveSlot(
  walk: Walk,
  run: Run,
  raw: ICAL.Time | ICAL.Period,
  zones: ZoneContext,
  duration: ICAL.Duration | null,
): Slot {
  const isPeriod = raw instanceof ICAL.Period;
  const time = isPeriod ? raw.start : raw;
  if (duration !== null && !isPeriod) {
    const end = time.clone();
    end.addDuration(duration);
    return { time, record: run.master, times: { ...walk.masterTimes, start: time, end } };
  }
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
export function walkRule(run: Run, walk: Walk, ctx: ExpandContext): void {
  const { event, masterTimes } = walk;
  const title = titleOf(event);
  const iterator = iterateRecurrenceSet(event, masterTimes.startZone, ctx.zones);
  // Slots ending before the window are skipped cheaply, unless an override may move them.
  const length = Math.max(
    0,
    ctx.zones.epochOf(masterTimes.end, masterTimes.endZone) -
      ctx.zones.epochOf(masterTimes.start, masterTimes.startZone),
  );
  // Without overrides, every slot lasts as the master does: its duration read once.
  const duration = walk.hasOverrides ? null : event.duration;
  let before = 0;
  let inside = 0;
  const next = () => iterator.next();
  for (let raw = next(); raw !== undefined && raw !== null; raw = next()) {
    const slotEpoch = ctx.zones.epochOf(raw instanceof ICAL.Period ? raw.start : raw, masterTimes.startZone);
    if (slotEpoch >= ctx.to && slotEpoch > walk.extendTo) break;
    const cheapSkip = !walk.hasOverrides && slotEpoch + length + 3_600_000 < ctx.from;
    const slot = cheapSkip ? null : resolveSlot(walk, run, raw, ctx.zones, duration);
    if (slot !== null && slot.record !== run.master && isPrivate(slot.record.vevent)) ctx.privateCount += 1;
    else if (
      slot !== null &&
      addInstanceInWindow(run, slot.record, slot.times, ctx.zones.whenOf(slot.time, masterTimes.startZone), ctx)
    )
      inside += 1;
    else if (inside === 0 && ++before >= MAX_ITERATIONS_BEFORE_WINDOW) {
      stop(run, ctx, messages.runaway(title, before));
      return;
    }
    if (ctx.overBudget) return;
    if (inside >= ctx.cap) {
      stop(run, ctx, messages.seriesCap(title, ctx.cap));
      return;
    }
  }
}
