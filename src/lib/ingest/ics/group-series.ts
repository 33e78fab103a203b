import type ICAL from 'ical.js';
import { hashString } from '../../domain/ids.ts';
import type { Issue } from '../../domain/issue.ts';
import { instanceKeyOf, InstanceKeyMap, type InstanceKey } from './instance-key.ts';
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
  /** `null` when the RECURRENCE-ID cannot be read: the override replaces no instance of the rule. */
  key: InstanceKey | null;
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

/** Key of the instance an override replaces, `null` when its RECURRENCE-ID cannot be read. */
function recurrenceKeyOf(property: ICAL.Property, zones: ZoneContext): InstanceKey | null {
  try {
    return instanceKeyOf(property.getFirstValue() as ICAL.Time, zones.wallZoneOf(property), zones);
  } catch {
    // Kept apart from every other instance; expanding it will report the error with its line.
    return null;
  }
}

/** `candidate` replaces `kept` when its SEQUENCE is at least as high (later in the file wins a tie). */
function newer(kept: EventRecord | undefined | null, candidate: EventRecord): boolean {
  return kept === undefined || kept === null || sequenceOf(candidate.vevent) >= sequenceOf(kept.vevent);
}

/** The VEVENTs of one UID while grouping: overrides in the order of their first copy. */
interface SeriesEntry {
  master: EventRecord | null;
  overrides: OverrideRecord[];
  /** Position in `overrides` of the copy kept for each instance. */
  positions: InstanceKeyMap<number>;
}

function addOverride(entry: SeriesEntry, record: EventRecord, key: InstanceKey | null): void {
  const position = key === null ? undefined : entry.positions.get(key);
  if (position === undefined) {
    if (key !== null) entry.positions.set(key, entry.overrides.length);
    entry.overrides.push({ ...record, key });
  } else if (newer(entry.overrides[position], record)) {
    entry.overrides[position] = { ...record, key };
  }
}

/**
 * VEVENTs grouped by UID, once for the whole feed: among copies of the same UID and
 * RECURRENCE-ID, the highest SEQUENCE wins. Series come out in the order of their first VEVENT.
 */
export function groupSeries(records: EventRecord[], zones: ZoneContext, issues: Issue[]): Series[] {
  const byUid = new Map<string, SeriesEntry>();
  for (const record of records) {
    const uid = uidOf(record, issues);
    let entry = byUid.get(uid);
    if (entry === undefined) {
      entry = { master: null, overrides: [], positions: new InstanceKeyMap() };
      byUid.set(uid, entry);
    }
    const recurrenceId = record.vevent.getFirstProperty('recurrence-id');
    if (recurrenceId === null) {
      if (newer(entry.master, record)) entry.master = record;
    } else {
      addOverride(entry, record, recurrenceKeyOf(recurrenceId, zones));
    }
  }
  return [...byUid].map(([uid, entry]) => ({ uid, master: entry.master, overrides: entry.overrides }));
}
