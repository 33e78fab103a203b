import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeedEventCleaner, toSafeText, UNSAFE_CHARACTERS } from '../../../src/lib/ingest/safe-text.ts';
import { parseFeed } from '../../../src/lib/ingest/parse-feed.ts';
import { feedWindowBetween } from '../../../src/lib/ingest/feed-window.ts';
import { makeFeedEvent } from '../../support/ingest-fixtures.ts';

/** Characters XML 1.0 cannot carry, or that disguise text. */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const options = { sourceId: 'test', timeZone: 'Europe/Paris', window: feedWindowBetween('2026-11-01', '2027-11-01') };
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\u0000',
      '\u0007',
      '\u000B',
      '\r',
      '\uFFFE',
      '\uFFFF',
      '\u202E',
      '\u2066',
      '\uD800',
      '\uDC00',
      '\uFEFF',
      'é',
      '😀',
    ),
    fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
  ),
  maxLength: 30,
});

describe('toSafeText', () => {
  it('removes controls but tab and newline, U+FFFE, U+FFFF, bidi overrides and lone surrogates', () => {
    expect(toSafeText('A\u0000t\u0007e\u000Bl\uFFFEi\uFFFFe\u202Er\u2066 \uD800x\uDC00')).toBe('Atelier x');
    expect(toSafeText('une\tcolonne\nune ligne\r\nune autre\rfin')).toBe('une\tcolonne\nune ligne\nune autre\nfin');
    expect(toSafeText('Café 😀 numérique')).toBe('Café 😀 numérique');
  });

  it('leaves nothing forbidden, whatever the input, and changes nothing twice', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const safe = toSafeText(text);
        expect(safe).not.toMatch(FORBIDDEN);
        expect(toSafeText(safe)).toBe(safe);
      }),
    );
    expect(UNSAFE_CHARACTERS.global).toBe(true);
  });
});

describe('parseFeed makes every text field safe, whatever the format', () => {
  const fields = (event: ReturnType<typeof makeFeedEvent>) =>
    [
      event.title,
      event.description,
      event.location,
      event.address,
      event.communeText,
      event.price,
      event.registration,
      ...event.categories,
      ...event.publicsText,
    ]
      .filter((v): v is string => v !== null)
      .join('|');

  it('cleans every CSV cell', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 8, maxLength: 8 }), (raw) => {
        // A NUL makes the file binary: it is refused whole before any cell is read.
        const cells = raw.map((c) => c.replaceAll('\u0000', ''));
        // Padding in the description keeps the share of control characters low enough to be read.
        const quoted = cells.map(
          (c, i) => `"${c.replace(/"/g, '""')}${i === 4 ? ` ${'texte ordinaire '.repeat(20)}` : ''}"`,
        );
        const csv = `Titre;Date;Lieu;Adresse;Commune;Description;Tarif;Public;Thème\n"Atelier ${cells[0]?.replace(/"/g, '""') ?? ''}";02/12/2026;${quoted.slice(1).join(';')}\n`;
        const result = parseFeed(new TextEncoder().encode(csv), 'csv', options);
        expect(result.events).toHaveLength(1);
        for (const event of result.events) expect(fields(event)).not.toMatch(FORBIDDEN);
        for (const issue of result.issues) expect(issue.message).not.toMatch(FORBIDDEN);
      }),
      { numRuns: 200 },
    );
  });

  it('cleans every iCalendar text property', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 4, maxLength: 4 }), ([summary, description, location, category]) => {
        // A NUL makes the file binary; padding keeps the share of control characters low enough to be read.
        const escape = (t = '') =>
          t
            .replaceAll('\u0000', '')
            .replace(/\\/g, '\\\\')
            .replace(/[,;]/g, '\\$&')
            .replace(/\r?\n|\r/g, '\\n');
        const ics = [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'PRODID:-//t//FR',
          'BEGIN:VEVENT',
          'UID:u1',
          'DTSTART:20261202T140000',
          `SUMMARY:Atelier ${escape(summary)}`,
          `DESCRIPTION:${escape(description)} ${'texte ordinaire '.repeat(20)}`,
          `LOCATION:${escape(location)}`,
          `CATEGORIES:${escape(category)}`,
          'END:VEVENT',
          'END:VCALENDAR',
          '',
        ].join('\r\n');
        const result = parseFeed(new TextEncoder().encode(ics), 'ics', options);
        expect(result.events).toHaveLength(1);
        for (const event of result.events) expect(fields(event)).not.toMatch(FORBIDDEN);
      }),
      { numRuns: 200 },
    );
  });

  it('cleans the fields of an event whatever parser produced it', () => {
    const event = createFeedEventCleaner()(
      makeFeedEvent({ title: 'A\uFFFFB', categories: ['x\u202Ey'], url: 'https://a.fr/\u0000' }),
    );
    expect([event.title, event.categories[0], event.url]).toEqual(['AB', 'xy', 'https://a.fr/']);
  });

  it('cleans every event of a feed, a text its series repeats as well as one that changes', () => {
    const shared = ['Numérique\u0000'];
    const clean = createFeedEventCleaner();
    const events = [
      makeFeedEvent({ title: 'Atelier\u202E', categories: shared, description: 'Un\uFFFE' }),
      makeFeedEvent({ title: 'Atelier\u202E', categories: shared, description: 'Un\uFFFE' }),
      makeFeedEvent({ title: 'Café\u0007', categories: ['Aide\u202A'], description: null }),
      makeFeedEvent({ title: 'Atelier\u202E', categories: shared, description: 'Un\uFFFE' }),
    ].map(clean);
    expect(events.map((e) => [e.title, e.categories, e.description])).toEqual([
      ['Atelier', ['Numérique'], 'Un'],
      ['Atelier', ['Numérique'], 'Un'],
      ['Café', ['Aide'], null],
      ['Atelier', ['Numérique'], 'Un'],
    ]);
    // The partner's list is left as it was.
    expect(shared).toEqual(['Numérique\u0000']);
  });
});
