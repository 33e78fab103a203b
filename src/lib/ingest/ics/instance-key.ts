import type ICAL from 'ical.js';
import { utcMidnightOf } from '../../time/calendar-date.ts';
import type { ZoneContext } from './zone-context.ts';

/**
 * Which instance of a series a RECURRENCE-ID or a slot of the rule designates, the same whatever
 * zone its time is written in: a date-time by its instant, a date by its day. A date and a
 * date-time never designate the same instance.
 */
export interface InstanceKey {
  isDate: boolean;
  /** Epoch milliseconds of the instant; for a date, of the day's midnight UTC. */
  epochMs: number;
}

/** Key of the instance a time designates (`wallZone`: the zone its wall-clock time is read in). */
export function instanceKeyOf(time: ICAL.Time, wallZone: string, zones: ZoneContext): InstanceKey {
  return time.isDate
    ? { isDate: true, epochMs: utcMidnightOf(time) }
    : { isDate: false, epochMs: zones.epochOf(time, wallZone) };
}

/** Values by instance key: two keys are the same when both are dates or both instants, with the same number. */
export class InstanceKeyMap<V> {
  readonly #dates = new Map<number, V>();
  readonly #instants = new Map<number, V>();

  get(key: InstanceKey): V | undefined {
    return (key.isDate ? this.#dates : this.#instants).get(key.epochMs);
  }

  set(key: InstanceKey, value: V): void {
    (key.isDate ? this.#dates : this.#instants).set(key.epochMs, value);
  }
}
