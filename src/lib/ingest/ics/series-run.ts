import type ICAL from 'ical.js';
import type { FeedEvent } from '../../domain/feed-event.ts';
import type { Issue } from '../../domain/issue.ts';
import { buildInstance, type InstanceTimes } from './build-instance.ts';
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

function fieldsOf(run: Run, vevent: ICAL.Component, line: number, ctx: ExpandContext): EventFields {
  let fields = run.fields.get(vevent);
  if (fields === undefined) {
    fields = readEventFields(vevent, line, { cancelAll: ctx.cancelAll, issues: ctx.issues, clock: ctx.zones.clock });
    run.fields.set(vevent, fields);
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

/**
 * Keeps an instance when it overlaps the window (a zero-length one when it starts inside), unless
 * the feed's budget of instances is spent (then `ctx.overBudget` is set and nothing more is kept).
 */
export function keep(
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
  if (!inside) return false;
  if (ctx.kept >= ctx.maxInstances) {
    ctx.overBudget = true;
    return false;
  }
  ctx.kept += 1;
  run.out.push(built.event);
  return true;
}
