import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sequenceOf, toICalendar } from '../../../src/lib/export/to-icalendar.ts';
import { fixtureContext } from '../../support/export-context-fixture.ts';
import { fixtureOccurrences, FROM_FIXTURE } from '../../support/outputs-fixture.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';

const meta = { name: 'Repères numériques – test', description: 'Calendrier de test' };

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return { cal, events: cal.getAllSubcomponents('vevent') };
}

describe('toICalendar', () => {
  const ctx = fixtureContext();
  const occurrences = fixtureOccurrences();
  const text = toICalendar(occurrences, meta, ctx);

  it('is re-read by ical.js with one event per occurrence and unique UIDs at the site host', () => {
    const { events } = parse(text);
    expect(events).toHaveLength(occurrences.length);
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((u) => u.endsWith('@reperes.example.org'))).toBe(true);
  });

  it('names the calendar and carries the Europe/Paris VTIMEZONE', () => {
    const { cal } = parse(text);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(meta.name);
    const tz = cal.getFirstSubcomponent('vtimezone');
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
  });

  it('gives the same instants as the stored times, on both sides of the change to summer time', () => {
    const { cal, events } = parse(text);
    // The calendar's own VTIMEZONE decides the instants (registry reset afterwards).
    ICAL.TimezoneService.register(cal.getFirstSubcomponent('vtimezone') as ICAL.Component);
    const starts = events.map((e) => {
      const time = e.getFirstPropertyValue('dtstart') as ICAL.Time;
      return time.isDate ? time.toString() : new Date(time.toUnixTime() * 1000).toISOString();
    });
    ICAL.TimezoneService.remove('Europe/Paris');
    const expected = occurrences.map((o) => (o.allDay ? o.start : new Date(o.start).toISOString()));
    expect(starts).toEqual(expected);
    expect(starts.at(-1)).toBe('2027-04-03T12:00:00.000Z');
  });

  it('keeps a cancelled date as STATUS:CANCELLED and says so in its title', () => {
    const { events } = parse(text);
    const cancelled = events.filter((e) => e.getFirstPropertyValue('status') === 'CANCELLED');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]?.getFirstPropertyValue('summary')).toMatch(/^ANNULÉ/);
  });

  it('writes all-day events as dates with their exclusive end', () => {
    const { events } = parse(text);
    const stage = events.find((e) => String(e.getFirstPropertyValue('summary')).startsWith('Stage'));
    expect(String(stage?.getFirstPropertyValue('dtstart'))).toBe('2026-12-21');
    expect(String(stage?.getFirstPropertyValue('dtend'))).toBe('2026-12-24');
  });

  it('folds every line within 75 octets without splitting a character, and unfolds to the same text', () => {
    const long = makeOccurrence({
      ...FROM_FIXTURE,
      uid: 'long',
      title: 'É'.repeat(50) + ' atelier « numérique » 😀 ' + 'é'.repeat(80),
      start: '2026-12-02T10:00:00+01:00',
      end: '2026-12-02T11:00:00+01:00',
      description: 'Ça déménage — '.repeat(40),
    });
    const out = toICalendar([long], meta, ctx);
    const lines = out.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(out).not.toContain('\uFFFD');
    const event = parse(out).events[0];
    expect(event?.getFirstPropertyValue('summary')).toBe(long.title);
    expect(String(event?.getFirstPropertyValue('description'))).toContain('Ça déménage — '.repeat(40).trim());
  });

  it('never writes an empty continuation line, whatever the length of the line', () => {
    for (let n = 60; n <= 160; n++) {
      const o = makeOccurrence({
        ...FROM_FIXTURE,
        uid: `n${n}`,
        title: 'a'.repeat(n),
        start: '2026-12-02T10:00:00+01:00',
        end: '2026-12-02T11:00:00+01:00',
      });
      const lines = toICalendar([o], meta, ctx).split('\r\n');
      expect(lines.filter((l) => l.trim() === '' && l !== '')).toEqual([]);
      expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
    }
  });

  it('gives byte-identical output for the same data', () => {
    expect(toICalendar(fixtureOccurrences(), meta, fixtureContext())).toBe(text);
  });

  it('keeps a partner’s commas, semicolons and line breaks as text', () => {
    const tricky = makeOccurrence({
      ...FROM_FIXTURE,
      uid: 'tricky',
      title: 'A, B; C',
      start: '2026-12-02T10:00:00+01:00',
      end: '2026-12-02T11:00:00+01:00',
      description: 'ligne 1\nBEGIN:VEVENT\nligne 3',
    });
    const { events } = parse(toICalendar([tricky], meta, ctx));
    expect(events).toHaveLength(1);
    expect(events[0]?.getFirstPropertyValue('summary')).toBe('A, B; C');
    expect(String(events[0]?.getFirstPropertyValue('description'))).toMatch(/^ligne 1\nBEGIN:VEVENT\nligne 3/);
  });
});

describe('sequenceOf', () => {
  it('grows when the partner modifies the event later and is 0 before any modification', () => {
    const base = { firstSeen: '2026-11-20T03:00:00+01:00' };
    expect(sequenceOf({ ...base, updatedAt: null })).toBe(0);
    const a = sequenceOf({ ...base, updatedAt: '2026-11-21T10:00:00+01:00' });
    const b = sequenceOf({ ...base, updatedAt: '2026-11-22T10:00:00+01:00' });
    expect(b).toBeGreaterThan(a);
  });
});
