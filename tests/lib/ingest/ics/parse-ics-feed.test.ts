import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIcsFeed } from '../../../../src/lib/ingest/ics/parse-ics-feed.ts';
import type { ParseOptions } from '../../../../src/lib/ingest/types.ts';
import { root } from '../../../support/paths.ts';
import { optionsOf, testFixturePairs } from '../../../support/feed-fixtures.ts';

const bytes = (text: string) => new TextEncoder().encode(text.replace(/\n/g, '\r\n'));
const options: ParseOptions = optionsOf({ window: { from: '2026-09-01', to: '2027-09-01' } });

const calendar = (body: string, head = '') =>
  bytes(`BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//FR\n${head}${body}END:VCALENDAR\n`);
const vevent = (lines: string) =>
  `BEGIN:VEVENT\nUID:${lines.length}@test\nDTSTAMP:20260901T080000Z\n${lines}\nEND:VEVENT\n`;

describe('parseIcsFeed', () => {
  describe('paired fixtures', () => {
    testFixturePairs(path.join(root, 'tests/fixtures/ics'), 'ics', parseIcsFeed);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'vide'],
    ['a file of blank lines', bytes('\n\n  \n'), 'vide'],
    ['an HTML page', bytes('<!DOCTYPE html>\n<html><body>Agenda</body></html>'), 'page web'],
    ['binary data', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 7, 8]), "n'est pas du texte"],
    ['a text that is not a calendar', bytes('titre;date\nAtelier;12/10/2026\n'), "n'est pas un calendrier"],
  ])('rejects %s as fatal with a French reason', (_name, input, reason) => {
    const result = parseIcsFeed(input, options);
    expect(result.fatal).toBe(true);
    expect(result.events).toEqual([]);
    expect(result.issues[0]?.severity).toBe('error');
    expect(result.issues[0]?.message).toContain(reason);
  });

  it('reads bare VEVENTs without VCALENDAR, with a warning', () => {
    const result = parseIcsFeed(bytes(vevent('DTSTART;TZID=Europe/Paris:20261110T140000\nSUMMARY:Nu')), options);
    expect(result.fatal).toBe(false);
    expect(result.events.map((e) => e.start)).toEqual(['2026-11-10T14:00:00+01:00']);
    expect(result.issues.map((i) => i.message).join()).toContain('BEGIN:VCALENDAR');
  });

  it('reads a calendar saved as UTF-16 with a byte-order mark, as the sniffer already takes it for one', () => {
    const text = new TextDecoder().decode(
      calendar(vevent('DTSTART;TZID=Europe/Paris:20261110T140000\nSUMMARY:Réunion d’équipe')),
    );
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const result = parseIcsFeed(utf16, options);
    expect(result.fatal).toBe(false);
    expect(result.events.map((e) => [e.title, e.start])).toEqual([['Réunion d’équipe', '2026-11-10T14:00:00+01:00']]);
    expect(result.issues).toEqual([]);
  });

  it("never lets one feed's VTIMEZONE change the times of the next feed", () => {
    const zone =
      'BEGIN:VTIMEZONE\nTZID:Maison\nBEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0500\nTZOFFSETTO:+0500\nEND:STANDARD\nEND:VTIMEZONE\n';
    const event = vevent('DTSTART;TZID=Maison:20261110T140000\nSUMMARY:Fuseau maison');
    const withZone = parseIcsFeed(calendar(zone + event), options);
    const without = parseIcsFeed(calendar(event), options);
    expect(withZone.events[0]?.start).toBe('2026-11-10T10:00:00+01:00');
    expect(without.events[0]?.start).toBe('2026-11-10T14:00:00+01:00');
    expect(without.issues.map((i) => i.message).join()).toContain('« Maison » inconnu');
  });

  it('keeps the parity of a fortnightly rule that started long before the window', () => {
    const result = parseIcsFeed(
      calendar(
        vevent(
          'DTSTART;TZID=Europe/Paris:20240103T140000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY;INTERVAL=2\nSUMMARY:Un mercredi sur deux',
        ),
      ),
      optionsOf({ window: { from: '2026-09-01', to: '2026-10-01' } }),
    );
    // 2024-01-03 + 2 weeks × n: the Wednesdays of September 2026 in that rhythm are the 9th and the 23rd.
    expect(result.events.map((e) => e.start)).toEqual(['2026-09-09T14:00:00+02:00', '2026-09-23T14:00:00+02:00']);
  });

  it.each(['SECONDLY', 'MINUTELY'])(
    'stops a runaway FREQ=%s rule quickly, with a warning naming the event and its line',
    (freq) => {
      const started = performance.now();
      const result = parseIcsFeed(
        calendar(vevent(`DTSTART:20200101T000000Z\nRRULE:FREQ=${freq}\nSUMMARY:Emballement`)),
        options,
      );
      expect(performance.now() - started).toBeLessThan(10_000);
      const warning = result.issues.find((i) => i.message.includes('Emballement'));
      expect(warning).toMatchObject({ severity: 'warning', line: 4 });
      expect(result.events.length).toBeLessThanOrEqual(1_000);
    },
  );

  it('stops an endless rule inside the window at the default cap of 1 000 occurrences', () => {
    const result = parseIcsFeed(
      calendar(vevent('DTSTART:20260901T000000Z\nRRULE:FREQ=HOURLY\nSUMMARY:Toutes les heures')),
      options,
    );
    expect(result.events).toHaveLength(1_000);
    expect(result.issues.map((i) => i.message).join()).toContain('plus de 1000 dates');
  });

  it('marks every event cancelled in a calendar published with METHOD:CANCEL', () => {
    const result = parseIcsFeed(
      calendar(vevent('DTSTART;TZID=Europe/Paris:20261110T140000\nSUMMARY:Annulé'), 'METHOD:CANCEL\n'),
      options,
    );
    expect(result.events.map((e) => e.status)).toEqual(['cancelled']);
  });

  it('never throws on arbitrary damage to a calendar', () => {
    const source = new TextDecoder().decode(
      calendar(vevent('DTSTART;TZID=Europe/Paris:20261110T140000\nRRULE:FREQ=DAILY;COUNT=3\nSUMMARY:Test')),
    );
    for (let cut = 0; cut < source.length; cut += 7) {
      const damaged = source.slice(0, cut) + '\u0000;:"' + source.slice(cut + 3);
      expect(() => parseIcsFeed(new TextEncoder().encode(damaged), options)).not.toThrow();
    }
  });
});
