import ICAL from 'ical.js';
import { instanceKeyOf, type InstanceKey } from './instance-key.ts';
import type { ZoneContext } from './zone-context.ts';

/** One slot of a recurrence set as ical.js gives it: a time, or a PERIOD of an RDATE. */
export type SetSlot = ICAL.Time | ICAL.Period;

/** What yields the slots of a series in order; `null` (or `undefined`) once there are no more. */
export interface SetIterator {
  next: () => SetSlot | null | undefined;
}

const startOf = (slot: SetSlot) => (slot instanceof ICAL.Period ? slot.start : slot);
const sameInstance = (a: InstanceKey, b: InstanceKey) => a.isDate === b.isDate && a.epochMs === b.epochMs;

/**
 * The slots of a series' recurrence set (RFC 5545 §3.8.5.2: DTSTART is always the first instance
 * of the set). ical.js's iterator gives DTSTART only through an RRULE, so a set of RDATEs alone
 * would lose its first session: here DTSTART is put back in its place among the RDATEs, unless an
 * EXDATE removes it or an RDATE already names it. A RECURRENCE-ID that moves it is then applied
 * like any other, when the slot is resolved.
 */
export function iterateRecurrenceSet(event: ICAL.Event, startZone: string, zones: ZoneContext): SetIterator {
  const iterator = event.iterator();
  const read = () => iterator.next() as SetSlot | null | undefined;
  if (event.component.hasProperty('rrule') || event.component.hasProperty('exrule')) return { next: read };
  const start = event.startDate;
  const startKey = instanceKeyOf(start, startZone, zones);
  const sameAsStart = (time: ICAL.Time) => sameInstance(instanceKeyOf(time, startZone, zones), startKey);
  const startEpoch = zones.epochOf(start, startZone);
  const excluded = event.component
    .getAllProperties('exdate')
    .flatMap((property) => property.getValues() as ICAL.Time[])
    .some(sameAsStart);
  let first: SetSlot | null = excluded ? null : start;
  let ahead: { slot: SetSlot | null | undefined } | null = null;
  return {
    next: () => {
      const slot = ahead === null ? read() : ahead.slot;
      ahead = null;
      if (first === null) return slot;
      if (slot !== null && slot !== undefined) {
        if (sameAsStart(startOf(slot))) first = null;
        if (first === null || zones.epochOf(startOf(slot), startZone) < startEpoch) return slot;
      }
      // DTSTART takes its place; the slot read after it comes next.
      const out = first;
      first = null;
      ahead = { slot };
      return out;
    },
  };
}
