import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { instanceKeyOf, InstanceKeyMap } from '../../../../src/lib/ingest/ics/instance-key.ts';
import { createZoneContext } from '../../../../src/lib/ingest/ics/zone-context.ts';

const zones = createZoneContext('Europe/Paris', []);
const property = (line: string) => ICAL.Property.fromString(line);
const keyOf = (line: string) => {
  const p = property(line);
  return instanceKeyOf(p.getFirstValue() as ICAL.Time, zones.wallZoneOf(p), zones);
};

describe('instanceKeyOf', () => {
  it('gives the same key to one instant written in UTC, in a named zone or as a floating time', () => {
    const utc = keyOf('RECURRENCE-ID:20261110T130000Z');
    expect(utc).toEqual({ isDate: false, epochMs: Date.UTC(2026, 10, 10, 13) });
    expect(keyOf('RECURRENCE-ID;TZID=Europe/Paris:20261110T140000')).toEqual(utc);
    expect(keyOf('RECURRENCE-ID:20261110T140000')).toEqual(utc);
  });

  it('keys a date by its day, apart from any instant', () => {
    expect(keyOf('RECURRENCE-ID;VALUE=DATE:20261110')).toEqual({ isDate: true, epochMs: Date.UTC(2026, 10, 10) });
    expect(keyOf('RECURRENCE-ID;VALUE=DATE:20261110')).not.toEqual(keyOf('RECURRENCE-ID:20261110T000000Z'));
  });
});

describe('InstanceKeyMap', () => {
  it('finds a value by an equal key, and keeps a date and an instant of the same number apart', () => {
    const map = new InstanceKeyMap<string>();
    const midnight = Date.UTC(2026, 10, 10);
    map.set({ isDate: true, epochMs: midnight }, 'jour');
    map.set({ isDate: false, epochMs: midnight }, 'instant');
    expect(map.get({ isDate: true, epochMs: midnight })).toBe('jour');
    expect(map.get({ isDate: false, epochMs: midnight })).toBe('instant');
    expect(map.get({ isDate: true, epochMs: midnight + 86_400_000 })).toBeUndefined();
  });

  it('replaces the value of a key set twice', () => {
    const map = new InstanceKeyMap<number>();
    map.set({ isDate: false, epochMs: 0 }, 1);
    map.set({ isDate: false, epochMs: 0 }, 2);
    expect(map.get({ isDate: false, epochMs: 0 })).toBe(2);
  });
});
