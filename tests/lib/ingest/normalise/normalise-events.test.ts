import { describe, expect, it } from 'vitest';
import { OccurrenceSchema, occurrenceIdOf, seriesIdOf } from '../../../../src/lib/domain/index.ts';
import { normaliseFeedEvents, sortOccurrences } from '../../../../src/lib/ingest/normalise/normalise-events.ts';
import type { FeedEvent } from '../../../../src/lib/domain/feed-event.ts';
import { communes, makeFeedEvent, makeSource, places, taxonomy } from '../../../support/ingest-fixtures.ts';

const now = new Date('2026-11-28T03:00:00+01:00');
const context = (fields: Partial<Parameters<typeof normaliseFeedEvents>[1]> = {}) => ({
  source: makeSource(),
  places,
  communes,
  taxonomy,
  now,
  firstSeen: new Map<string, string>(),
  ...fields,
});

describe('normaliseFeedEvents', () => {
  it('gives every field of an occurrence, with nulls for what the feed does not say', () => {
    const { occurrences, issues } = normaliseFeedEvents(
      [makeFeedEvent()],
      context({ source: makeSource({ defaults: {} }) }),
    );
    expect(issues).toEqual([]);
    expect(occurrences).toEqual([
      {
        id: occurrenceIdOf('mediatheque-janze', 'uid-1', 'single'),
        seriesId: seriesIdOf('mediatheque-janze', 'uid-1'),
        sourceId: 'mediatheque-janze',
        alsoFrom: [],
        title: 'Atelier tablette',
        description: null,
        start: '2026-12-02T14:00:00+01:00',
        end: '2026-12-02T16:00:00+01:00',
        allDay: false,
        status: 'confirmed',
        location: null,
        placeId: null,
        commune: null,
        coordinates: null,
        url: null,
        registration: null,
        price: null,
        free: null,
        themes: ['bases'],
        publics: [],
        axes: [2],
        demo: false,
        firstSeen: '2026-11-28T03:00:00+01:00',
        updatedAt: null,
      },
    ]);
    expect(OccurrenceSchema.safeParse(occurrences[0]).success).toBe(true);
  });

  it('ids one instance of a series by its recurrence id, the series by its UID', () => {
    const events = [
      makeFeedEvent({ recurrenceId: '2026-12-02T14:00:00+01:00' }),
      makeFeedEvent({
        recurrenceId: '2026-12-09T14:00:00+01:00',
        start: '2026-12-09T14:00:00+01:00',
        end: '2026-12-09T16:00:00+01:00',
      }),
    ];
    const [a, b] = normaliseFeedEvents(events, context()).occurrences;
    expect(a?.id).toBe(occurrenceIdOf('mediatheque-janze', 'uid-1', '2026-12-02T14:00:00+01:00'));
    expect(a?.id).not.toBe(b?.id);
    expect(a?.seriesId).toBe(b?.seriesId);
  });

  it('places an event named in the directory there, with the place’s coordinates over the feed’s', () => {
    const event = makeFeedEvent({ location: 'Médiathèque de Retiers', coordinates: { lat: 48, lon: -1.2 } });
    const [o] = normaliseFeedEvents([event], context()).occurrences;
    expect(o).toMatchObject({
      placeId: 'mediatheque-retiers',
      commune: '35239',
      coordinates: { lat: 47.9124, lon: -1.3799 },
    });
  });

  it('falls back on the source’s place when the event names none, but not when it names another commune', () => {
    const source = makeSource({ defaults: { place: 'mediatheque-janze' } });
    const [plain, elsewhere] = normaliseFeedEvents(
      [
        makeFeedEvent({ uid: 'a', location: 'Médiathèque' }),
        makeFeedEvent({ uid: 'b', location: 'Salle des fêtes de Brie', coordinates: { lat: 47.93, lon: -1.54 } }),
      ],
      context({ source }),
    ).occurrences;
    expect(plain).toMatchObject({
      placeId: 'mediatheque-janze',
      commune: '35136',
      coordinates: { lat: 47.9611, lon: -1.4993 },
    });
    expect(elsewhere).toMatchObject({ placeId: null, commune: '35041', coordinates: { lat: 47.93, lon: -1.54 } });
  });

  it('uses the source’s commune when nothing else says where', () => {
    const [o] = normaliseFeedEvents(
      [makeFeedEvent({ location: 'Salle 3' })],
      context({ source: makeSource({ defaults: { commune: '35002' } }) }),
    ).occurrences;
    expect(o).toMatchObject({ placeId: null, commune: '35002', coordinates: null });
  });

  it('maps categories, public cells and title words onto the taxonomy, with the source’s defaults', () => {
    const event = makeFeedEvent({
      title: 'Déclarer ses impôts en ligne',
      categories: ['Cybersécurité'],
      publicsText: ['Seniors'],
    });
    const source = makeSource({ defaults: { themes: ['fabrication'], publics: ['familles'] } });
    const [o] = normaliseFeedEvents([event], context({ source })).occurrences;
    expect(o?.themes).toEqual(['demarches', 'securite', 'fabrication']);
    expect(o?.publics).toEqual(['familles', 'seniors']);
    expect(o?.axes).toEqual([2, 4, 5]);
  });

  it('reads whether the event is free from its price and marks demo sources', () => {
    const events = [makeFeedEvent({ uid: 'a', price: 'Entrée libre' }), makeFeedEvent({ uid: 'b', price: '5 €' })];
    const occurrences = normaliseFeedEvents(events, context({ source: makeSource({ demo: true }) })).occurrences;
    expect(occurrences.map((o) => [o.free, o.demo])).toEqual([
      [true, true],
      [false, true],
    ]);
  });

  it('keeps firstSeen from the previous file and stamps new occurrences with now', () => {
    const known = occurrenceIdOf('mediatheque-janze', 'old', 'single');
    const firstSeen = new Map([[known, '2026-10-01T03:00:00+02:00']]);
    const occurrences = normaliseFeedEvents(
      [makeFeedEvent({ uid: 'old' }), makeFeedEvent({ uid: 'new' })],
      context({ firstSeen }),
    ).occurrences;
    expect(occurrences.map((o) => o.firstSeen)).toEqual(['2026-10-01T03:00:00+02:00', '2026-11-28T03:00:00+01:00']);
  });

  it('keeps the first of two events with the same id and warns with the line of the second', () => {
    const { occurrences, issues } = normaliseFeedEvents(
      [makeFeedEvent({ line: 3 }), makeFeedEvent({ title: 'Autre', line: 9 })],
      context(),
    );
    expect(occurrences.map((o) => o.title)).toEqual(['Atelier tablette']);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', line: 9 })]);
  });

  it('leaves out an event that breaks the schema, naming its line and the field, and keeps the others', () => {
    const { occurrences, issues } = normaliseFeedEvents(
      [makeFeedEvent({ uid: 'bad', title: '', line: 4 }), makeFeedEvent({ uid: 'good', line: 9 })],
      context(),
    );
    expect(occurrences).toHaveLength(1);
    expect(issues).toEqual([{ severity: 'error', line: 4, message: expect.stringContaining('`title`') as unknown }]);
  });

  it('checks every instance of a series, even right after an accepted one with the same texts', () => {
    const instance = (day: string, line: number, fields: Partial<FeedEvent> = {}) =>
      makeFeedEvent({
        recurrenceId: `2026-12-${day}T14:00:00+01:00`,
        start: `2026-12-${day}T14:00:00+01:00`,
        end: `2026-12-${day}T16:00:00+01:00`,
        url: 'https://mediatheque.example/atelier',
        line,
        ...fields,
      });
    const { occurrences, issues } = normaliseFeedEvents(
      [
        instance('02', 4),
        instance('09', 5, { end: 'mardi' }),
        instance('16', 6, { url: 'javascript:alert(1)' }),
        instance('23', 7),
        instance('30', 8, { title: '' }),
      ],
      context(),
    );
    expect(occurrences.map((o) => o.start.slice(0, 10))).toEqual(['2026-12-02', '2026-12-23']);
    expect(issues.map((i) => [i.line, i.message.match(/`(\w+)`/)?.[1]])).toEqual([
      [5, 'end'],
      [6, 'url'],
      [8, 'title'],
    ]);
  });

  it('drops an updatedAt that is not a date-time with offset', () => {
    const [o] = normaliseFeedEvents([makeFeedEvent({ updatedAt: '2026-11-20' })], context()).occurrences;
    expect(o?.updatedAt).toBeNull();
  });
});

describe('sortOccurrences', () => {
  it('sorts by instant (all-day dates at midnight in Paris), then id', () => {
    const events = [
      makeFeedEvent({ uid: 'late', start: '2026-12-02T10:00:00+01:00' }),
      makeFeedEvent({ uid: 'utc', start: '2026-12-02T08:30:00Z' }),
      makeFeedEvent({ uid: 'day', start: '2026-12-02', end: '2026-12-03', allDay: true }),
    ];
    const sorted = sortOccurrences(normaliseFeedEvents(events, context()).occurrences);
    expect(sorted.map((o) => o.start)).toEqual(['2026-12-02', '2026-12-02T08:30:00Z', '2026-12-02T10:00:00+01:00']);
  });
});
