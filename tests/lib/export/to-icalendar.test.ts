import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildVCalendar, serialiseCalendar, toICalendar } from '../../../src/lib/export/to-icalendar.ts';
import { sequenceOf } from '../../../src/lib/export/to-vevent.ts';
import { fixtureContext } from '../../support/export-context-fixture.ts';
import { fixtureOccurrences, FROM_FIXTURE } from '../../support/outputs-fixture.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';
import { expandWithIcalJs, expandWithNodeIcal } from '../../support/read-calendars.ts';

const meta = { name: 'Repères numériques – test', description: 'Calendrier de test' };

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return { cal, events: cal.getAllSubcomponents('vevent') };
}

describe('toICalendar', () => {
  const ctx = fixtureContext();
  const occurrences = fixtureOccurrences();
  const text = toICalendar(occurrences, meta, ctx);

  it('is re-read by ical.js and node-ical as every date of the data, once, with its status', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2028-01-01T00:00:00Z');
    const expected = occurrences
      .map((o) => ({ start: o.allDay ? o.start : new Date(o.start).toISOString(), status: o.status.toUpperCase() }))
      .sort((a, b) => a.start.localeCompare(b.start));
    for (const read of [expandWithIcalJs, expandWithNodeIcal]) {
      const shown = read(text, from, to).map((i) => ({ start: i.start, status: i.status }));
      expect(shown, read.name).toEqual(expected);
    }
    expect(expandWithIcalJs(text, from, to).every((i) => i.uid.endsWith('@reperes.example.org'))).toBe(true);
  });

  it('writes a weekly series as one VEVENT: RRULE with COUNT, an EXDATE per skipped week, an override per cancelled date', () => {
    const { events } = parse(text);
    const tablette = events.filter((e) => String(e.getFirstPropertyValue('summary')).includes('Atelier tablette'));
    expect(tablette).toHaveLength(2);
    const [master, override] = tablette;
    expect(String(master?.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;COUNT=7;BYDAY=TU');
    expect(master?.getAllProperties('exdate').map((p) => String(p.getFirstValue()))).toEqual([
      '2026-12-22T14:00:00',
      '2026-12-29T14:00:00',
    ]);
    expect(String(override?.getFirstPropertyValue('recurrence-id'))).toBe('2026-12-08T14:00:00');
    expect(override?.getFirstPropertyValue('uid')).toBe(master?.getFirstPropertyValue('uid'));
    expect(override?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('names the calendar and carries the Europe/Paris VTIMEZONE', () => {
    const { cal } = parse(text);
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(meta.name);
    const tz = cal.getFirstSubcomponent('vtimezone');
    expect(tz?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
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

  it('writes each series once per build yet never serves a changed occurrence from what it wrote before', () => {
    const shared = fixtureContext();
    const first = toICalendar(occurrences, meta, shared);
    // The same series in another calendar of the same build: the same VEVENTs, under that calendar's name.
    const other = toICalendar(occurrences, { ...meta, name: 'Autre' }, shared);
    expect(other.replaceAll('Autre', meta.name)).toBe(first);
    expect(first).toBe(serialiseCalendar(buildVCalendar(occurrences, meta, shared)));
    // Same ids, new objects with another title: the new title, not the one written before.
    const retitled = occurrences.map((o) => ({ ...o, title: `${o.title} (modifié)` }));
    const again = toICalendar(retitled, meta, shared);
    expect(parse(again).events.every((e) => String(e.getFirstPropertyValue('summary')).includes('(modifié)'))).toBe(
      true,
    );
    // A shorter window of the same series gives the rule of its own dates.
    const fewer = toICalendar(occurrences.slice(0, -1), meta, shared);
    expect(fewer).toBe(serialiseCalendar(buildVCalendar(occurrences.slice(0, -1), meta, shared)));
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

describe('the revision of an event (SEQUENCE, CREATED, LAST-MODIFIED)', () => {
  const base = { firstSeen: '2026-11-20T03:00:00+01:00', status: 'confirmed' as const };

  it('grows when the partner edits the event later, and again when the event is cancelled', () => {
    expect(sequenceOf({ ...base, updatedAt: null })).toBe(0);
    const edited = sequenceOf({ ...base, updatedAt: '2026-11-21T10:00:00+01:00' });
    const editedAgain = sequenceOf({ ...base, updatedAt: '2026-11-22T10:00:00+01:00' });
    expect(edited).toBeGreaterThan(0);
    expect(editedAgain).toBeGreaterThan(edited);
    expect(sequenceOf({ ...base, updatedAt: '2026-11-22T10:00:00+01:00', status: 'cancelled' })).toBeGreaterThan(
      editedAgain,
    );
    // A feed without LAST-MODIFIED (a CSV) still raises it when the partner cancels.
    expect(sequenceOf({ ...base, updatedAt: null, status: 'cancelled' })).toBe(1);
  });

  it('never writes CREATED after LAST-MODIFIED, even when the partner’s last edit predates our first reading', () => {
    const old = makeOccurrence({
      ...FROM_FIXTURE,
      uid: 'old',
      title: 'Atelier',
      start: '2026-12-02T10:00:00+01:00',
      end: '2026-12-02T11:00:00+01:00',
      updatedAt: '2026-09-01T10:00:00+02:00',
    });
    const out = toICalendar([old], meta, fixtureContext());
    const event = parse(out).events[0];
    const created = String(event?.getFirstPropertyValue('created'));
    const modified = String(event?.getFirstPropertyValue('last-modified'));
    expect(created <= modified).toBe(true);
    expect(String(event?.getFirstPropertyValue('dtstamp'))).toBe(modified);
  });
});

describe('the calendar as iTIP and TEXT rules read it', () => {
  const ctx = fixtureContext();
  const lines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

  it('carries no METHOD (a METHOD:PUBLISH would need an ORGANIZER in every event)', () => {
    const text = toICalendar(fixtureOccurrences(), meta, ctx);
    expect(lines(text).some((l) => l.startsWith('METHOD'))).toBe(false);
  });

  it('escapes the calendar’s name and description as TEXT', () => {
    const text = toICalendar(
      [],
      { name: 'Repères, Janzé; Retiers', description: 'Ateliers, cafés; et \\ repair\nlà' },
      ctx,
    );
    expect(lines(text)).toEqual(
      expect.arrayContaining([
        'NAME:Repères\\, Janzé\\; Retiers',
        'X-WR-CALNAME:Repères\\, Janzé\\; Retiers',
        'DESCRIPTION:Ateliers\\, cafés\\; et \\\\ repair\\nlà',
        'X-WR-CALDESC:Ateliers\\, cafés\\; et \\\\ repair\\nlà',
      ]),
    );
  });

  it('says « Annulé » once when the partner’s title already says it', () => {
    const cancelled = makeOccurrence({
      ...FROM_FIXTURE,
      uid: 'annule',
      title: 'Annulé : Atelier numérique débutants',
      start: '2026-12-02T10:00:00+01:00',
      end: '2026-12-02T11:00:00+01:00',
      status: 'cancelled',
    });
    const event = parse(toICalendar([cancelled], meta, ctx)).events[0];
    expect(event?.getFirstPropertyValue('summary')).toBe('Annulé : Atelier numérique débutants');
    expect(event?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
