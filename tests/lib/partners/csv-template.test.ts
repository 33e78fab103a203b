import { describe, expect, it } from 'vitest';
import { checkFeed } from '../../../src/lib/ingest/check-feed.ts';
import { feedWindowAround } from '../../../src/lib/ingest/feed-window.ts';
import { TEMPLATE_COLUMNS, csvTemplateBytes, csvTemplateText } from '../../../src/lib/partners/csv-template.ts';
import { publishText, type AcceptedEffect } from '../../../src/lib/site/strings/partners-publish.ts';
import { CSV_FIELDS, type Occurrence } from '../../../src/lib/domain/index.ts';
import { communes, places, taxonomy } from '../../support/ingest-fixtures.ts';

const NOW = new Date('2026-12-01T09:00:00+01:00');

/** The CSV reader of the nightly run, through the checker (`npm run check-feed` does the same). */
function read(bytes: Uint8Array) {
  return checkFeed({
    bytes,
    name: 'modele-agenda.csv',
    places,
    communes,
    taxonomy,
    now: NOW,
    window: feedWindowAround(NOW),
  });
}

describe('the spreadsheet template', () => {
  const bytes = csvTemplateBytes(NOW);
  const text = csvTemplateText(NOW);

  it('is UTF-8 with a byte-order mark, semicolons and CRLF, one column per field of the reader', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header] = text.split('\r\n');
    expect(header).toBe(
      'Titre;Date;Début;Fin;Date de fin;Lieu;Adresse;Commune;Description;Thème;Public;Tarif;Inscription;Lien;Statut;Privé;Identifiant',
    );
    expect(TEMPLATE_COLUMNS.map((c) => c.key).sort()).toEqual([...CSV_FIELDS, 'private'].sort());
  });

  it('is read by the CSV reader without a single problem, its private example left out', () => {
    const result = read(bytes);
    expect(result.fatal).toBe(false);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // The only remark is the one every private row gets: it was not published.
    expect(result.issues.map((i) => i.message)).toEqual(['1 ligne marquée privée n’a pas été publiée (ligne 7).']);
    const byTitle = (title: string) => result.events.filter((o) => o.title === title);
    expect(result.events.map((o) => o.title)).not.toContain('Réunion d’équipe');
    expect(byTitle('Atelier « Premiers pas sur tablette »')[0]).toMatchObject({
      start: '2026-12-15T14:00:00+01:00',
      end: '2026-12-15T16:00:00+01:00',
      placeId: 'mediatheque-janze',
      free: true,
      registration: 'Sur inscription au 02 99 00 00 00',
      publics: ['seniors'],
      description:
        'Allumer la tablette, toucher l’écran, installer une application.\nApportez votre tablette si vous en avez une.',
    });
    expect(byTitle('Atelier « Premiers pas sur tablette »')[0]?.themes).toContain('bases');
    expect(byTitle('Permanence démarches en ligne')[0]).toMatchObject({
      start: '2026-12-21T09:30:00+01:00',
      commune: '35335',
    });
    expect(byTitle('Stage impression 3D')[0]).toMatchObject({
      start: '2026-12-31',
      end: '2027-01-03',
      allDay: true,
      status: 'tentative',
      free: false,
      price: '15 €',
    });
    expect(byTitle('Café numérique')[0]?.status).toBe('cancelled');
  });

  it('dates its examples from the day it is built', () => {
    expect(csvTemplateText(new Date('2027-06-01T09:00:00+02:00'))).toContain(';15/06/2027;14h;16h;');
  });
});

/** A one-row table with the template's header and one cell filled. */
function tableWith(key: string, value: string): Uint8Array {
  // A row over several days has no time here: one with a start time needs its end time too.
  const start = key === 'endDate' ? '' : '14h';
  const cells: Record<string, string> = { title: 'Atelier', date: '15/12/2026', start, [key]: value };
  const row = TEMPLATE_COLUMNS.map((c) => cells[c.key] ?? '').join(';');
  return new TextEncoder().encode(`${TEMPLATE_COLUMNS.map((c) => c.header).join(';')}\r\n${row}\r\n`);
}

/** What each effect the guide announces means for the occurrence the reader makes. */
const EFFECTS: Record<AcceptedEffect, (o: Occurrence | undefined, value: string) => void> = {
  date: (o) => {
    expect(o?.start.slice(0, 10)).toMatch(/^20\d\d-\d\d-\d\d$/);
  },
  time: (o) => {
    expect(o?.allDay).toBe(false);
  },
  'all-day': (o) => {
    expect(o?.allDay).toBe(true);
  },
  text: (o) => {
    expect(o).toBeDefined();
  },
  place: (o) => {
    expect(o?.placeId).not.toBeNull();
  },
  commune: (o) => {
    expect(o?.commune).not.toBeNull();
  },
  theme: (o) => {
    expect(o?.themes.length).toBeGreaterThan(0);
  },
  public: (o) => {
    expect(o?.publics.length).toBeGreaterThan(0);
  },
  free: (o) => {
    expect(o?.free).toBe(true);
  },
  paid: (o) => {
    expect(o?.free).toBe(false);
  },
  registration: (o, value) => {
    expect(o?.registration).toBe(value);
  },
  url: (o, value) => {
    expect(o?.url).toBe(value);
  },
  confirmed: (o) => {
    expect(o?.status).toBe('confirmed');
  },
  cancelled: (o) => {
    expect(o?.status).toBe('cancelled');
  },
  tentative: (o) => {
    expect(o?.status).toBe('tentative');
  },
  private: (o) => {
    expect(o).toBeUndefined();
  },
  'public-row': (o) => {
    expect(o).toBeDefined();
  },
  uid: (o) => {
    expect(o).toBeDefined();
  },
};

describe('the values the guide lists as accepted', () => {
  const cases = TEMPLATE_COLUMNS.flatMap((column) => column.accepted.map((value) => ({ column, value }))).map(
    ({ column, value }) => [column.header, value.write, column.key, value] as const,
  );

  it.each(cases)('« %s » : « %s » does what the guide says', (_header, _write, key, value) => {
    const written = value.write === publishText.emptyCell ? '' : value.write;
    const result = read(tableWith(key, written));
    expect(result.fatal).toBe(false);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    EFFECTS[value.effect](result.events[0], written);
  });
});
