import type ICAL from 'ical.js';
import type { FeedEvent } from '../../domain/feed-event.ts';
import type { Issue } from '../../domain/issue.ts';
import { buildInstance, type BuiltInstance, type InstanceTimes } from './build-instance.ts';
import type { EventRecord } from './group-series.ts';
import { messages } from './messages.ts';
import { readEventFields, type EventFields } from './read-event.ts';
import type { ZoneContext } from './zone-context.ts';

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
  /** Most instances kept over the whole feed (the occurrences budget). */
  maxInstances: number;
  /** Instances kept so far over the whole feed. */
  kept: number;
  /** `true` once an instance past `maxInstances` was met: expansion stops everywhere. */
  overBudget: boolean;
}

/** The instances and the state of one series being expanded. */
export interface Run {
  uid: string;
  master: EventRecord;
  out: FeedEvent[];
  fields: Map<ICAL.Component, EventFields>;
  swapped: boolean;
}

/** The fields of a VEVENT, read once per series run however many instances it describes. */
function readFieldsOnce(run: Run, record: EventRecord, ctx: ExpandContext): EventFields {
  let fields = run.fields.get(record.vevent);
  if (fields === undefined) {
    fields = readEventFields(record.vevent, record.line, { cancelAll: ctx.cancelAll, issues: ctx.issues });
    run.fields.set(record.vevent, fields);
  }
  return fields;
}

/** SUMMARY for messages ('' when absent). */
export function titleOf(event: ICAL.Event): string {
  const value: unknown = event.summary;
  return typeof value === 'string' ? value : '';
}

/** Times of an event as written, with the zones of its DTSTART and DTEND. */
export function timesOf(event: ICAL.Event, zones: ZoneContext): InstanceTimes {
  const startZone = zones.wallZoneOf(event.component.getFirstProperty('dtstart'));
  const endProperty = event.component.getFirstProperty('dtend');
  return {
    start: event.startDate,
    startZone,
    end: event.endDate,
    endZone: endProperty === null ? startZone : zones.wallZoneOf(endProperty),
  };
}

/** `true` when an instance overlaps the window; a zero-length one overlaps it when it starts inside. */
export function overlapsWindow(
  instance: Pick<BuiltInstance, 'startEpoch' | 'endEpoch'>,
  window: Pick<ExpandContext, 'from' | 'to'>,
): boolean {
  const { startEpoch, endEpoch } = instance;
  return startEpoch < window.to && (endEpoch > window.from || (endEpoch === startEpoch && startEpoch >= window.from));
}

/** Warns, once per series, that an instance's end came before its start (the two were swapped). */
function reportSwappedOnce(run: Run, instance: BuiltInstance, line: number, ctx: ExpandContext): void {
  if (!instance.swapped || run.swapped) return;
  run.swapped = true;
  ctx.issues.push({ severity: 'warning', message: messages.endBeforeStart(), line });
}

/**
 * Builds the instance a VEVENT describes at these times and adds it to the run's output when it
 * overlaps the window and the feed's budget of instances is not spent (past it, `ctx.overBudget`
 * is set); returns `true` when it was added. Whether added or not, an end before the
 * start is reported (once per series) and the VEVENT's fields are kept for its next instances.
 */
export function addInstanceInWindow(
  run: Run,
  record: EventRecord,
  times: InstanceTimes,
  recurrenceId: string | null,
  ctx: ExpandContext,
): boolean {
  const fields = readFieldsOnce(run, record, ctx);
  const instance = buildInstance(fields, times, { uid: run.uid, recurrenceId, line: record.line }, ctx.zones);
  reportSwappedOnce(run, instance, record.line, ctx);
  if (!overlapsWindow(instance, ctx)) return false;
  // Past the feed's budget of instances nothing more is kept: the feed will be refused whole.
  if (ctx.kept >= ctx.maxInstances) {
    ctx.overBudget = true;
    return false;
  }
  ctx.kept += 1;
  run.out.push(instance.event);
  return true;
}
