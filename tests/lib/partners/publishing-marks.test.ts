import { describe, expect, it } from 'vitest';
import { checkFeed } from '../../../src/lib/ingest/check-feed.ts';
import { feedWindowAround } from '../../../src/lib/ingest/feed-window.ts';
import { publishText } from '../../../src/lib/site/strings/partners-publish.ts';
import { communes, places, taxonomy } from '../../support/ingest-fixtures.ts';

// The table « Privé, annulé, gratuit, sur inscription » of /partenaires/publier/ says what the
// nightly run reads in a calendar; these are its claims, checked on the real reader.
const NOW = new Date('2026-12-01T09:00:00+01:00');

function calendar(...events: string[][]): Uint8Array {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//FR'];
  events.forEach((props, i) => {
    lines.push('BEGIN:VEVENT', `UID:marque-${i}@test`, 'DTSTAMP:20261101T000000Z');
    lines.push(
      `DTSTART;TZID=Europe/Paris:202612${String(10 + i)}T140000`,
      `DTEND;TZID=Europe/Paris:202612${String(10 + i)}T160000`,
    );
    lines.push(...props, 'END:VEVENT');
  });
  lines.push('END:VCALENDAR', '');
  return new TextEncoder().encode(lines.join('\r\n'));
}

const read = (bytes: Uint8Array) =>
  checkFeed({ bytes, name: 'agenda.ics', places, communes, taxonomy, now: NOW, window: feedWindowAround(NOW) });

describe('what a calendar can mark, as the publishing guide says', () => {
  it('never publishes an event marked CLASS:PRIVATE or CLASS:CONFIDENTIAL', () => {
    const result = read(
      calendar(
        ['SUMMARY:Réunion interne', 'CLASS:PRIVATE'],
        ['SUMMARY:Bilan', 'CLASS:CONFIDENTIAL'],
        ['SUMMARY:Atelier'],
      ),
    );
    expect(result.events.map((o) => o.title)).toEqual(['Atelier']);
    expect(publishText.marks[0].ics).toContain('CLASS:PRIVATE');
  });

  it('keeps an event marked STATUS:CANCELLED as cancelled, and STATUS:TENTATIVE as to be confirmed', () => {
    const result = read(
      calendar(['SUMMARY:Café numérique', 'STATUS:CANCELLED'], ['SUMMARY:Atelier', 'STATUS:TENTATIVE']),
    );
    expect(result.events.map((o) => [o.title, o.status])).toEqual([
      ['Café numérique', 'cancelled'],
      ['Atelier', 'tentative'],
    ]);
  });

  it('reads no price and no registration from a calendar: they stay in the description', () => {
    const result = read(calendar(['SUMMARY:Atelier', 'DESCRIPTION:Gratuit\\, sur inscription au 02 99 00 00 00']));
    expect(result.events[0]).toMatchObject({
      free: null,
      price: null,
      registration: null,
      description: 'Gratuit, sur inscription au 02 99 00 00 00',
    });
  });

  it('finds themes in the title and CATEGORIES, not in the description', () => {
    const result = read(
      calendar(
        ['SUMMARY:Café des parents', 'CATEGORIES:Cybersécurité'],
        ['SUMMARY:Rendez-vous', 'DESCRIPTION:Atelier tablette et smartphone'],
      ),
    );
    expect(result.events.map((o) => o.themes)).toEqual([['securite', 'parentalite'], []]);
  });
});
