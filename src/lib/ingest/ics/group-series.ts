import type ICAL from 'ical.js';
import { hashString } from '../../domain/ids.ts';
import type { Issue } from '../../domain/issue.ts';
import { messages } from './messages.ts';
import type { ZoneContext } from './zone-context.ts';

/** One VEVENT of the file and the line it starts on. */
export interface EventRecord {
  vevent: ICAL.Component;
  line: number;
}

/** All the VEVENTs of one UID: the master (highest SEQUENCE) and its overrides (one per instance). */
export interface Series {
  uid: string;
  master: EventRecord | null;
  overrides: OverrideRecord[];
}

/** An override (a VEVENT with RECURRENCE-ID) and the key of the instance it replaces. */
export interface OverrideRecord extends EventRecord {
  /** `d2024-07-01` for a date, else the epoch milliseconds of the original instant. */
  key: string;
}

function sequenceOf(vevent: ICAL.Component): number {
  const value = Number(vevent.getFirstPropertyValue('sequence'));
  return Number.isFinite(value) ? value : 0;
}

function uidOf(record: EventRecord, issues: Issue[]): string {
  const uid = record.vevent.getFirstPropertyValue('uid');
  if (typeof uid === 'string' && uid.trim() !== '') return uid.trim();
  issues.push({ severity: 'warning', message: messages.noUid(), line: record.line });
  // Stable as long as the event's text does not change.
  return `sans-uid-${hashString(record.vevent.toString())}`;
}

/** Key of an instance, the same whatever zone its time is written in. */
export function instanceKeyOf(time: ICAL.Time, wallZone: string, zones: ZoneContext): string {
  return time.isDate ? `d${time.toString()}` : String(zones.epochOf(time, wallZone));
}

function recurrenceKeyOf(record: EventRecord, zones: ZoneContext): string | null {
  const property = record.vevent.getFirstProperty('recurrence-id');
  if (property === null) return null;
  try {
    return instanceKeyOf(property.getFirstValue() as ICAL.Time, zones.wallZoneOf(property), zones);
  } catch (error) {
    // Kept apart from every other instance; expanding it will report the error with its line.
    return `unreadable:${record.line}:${String(error)}`;
  }
}

/** `candidate` replaces `kept` when its SEQUENCE is at least as high (later in the file wins a tie). */
function newer(kept: EventRecord | undefined | null, candidate: EventRecord): boolean {
  return kept === undefined || kept === null || sequenceOf(candidate.vevent) >= sequenceOf(kept.vevent);
}

/**
 * VEVENTs grouped by UID, once for the whole feed: among copies of the same UID and
 * RECURRENCE-ID, the highest SEQUENCE wins. Series come out in the order of their first VEVENT.
 */
export function groupSeries(records: EventRecord[], zones: ZoneContext, issues: Issue[]): Series[] {
  const byUid = new Map<string, { master: EventRecord | null; overrides: Map<string, OverrideRecord> }>();
  for (const record of records) {
    const uid = uidOf(record, issues);
    let entry = byUid.get(uid);
    if (entry === undefined) {
      entry = { master: null, overrides: new Map() };
      byUid.set(uid, entry);
    }
    const key = recurrenceKeyOf(record, zones);
    if (key === null) {
      if (newer(entry.master, record)) entry.master = record;
    } else if (newer(entry.overrides.get(key), record)) {
      entry.overrides.set(key, { ...record, key });
    }
  }
  return [...byUid].map(([uid, entry]) => ({ uid, master: entry.master, overrides: [...entry.overrides.values()] }));
}
