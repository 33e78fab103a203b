import { describe, expect, it } from 'vitest';
import { buildSeries, collapseSeries, toAgendaItem, toEventView } from '../../../src/lib/agenda/index.ts';
import type { PlaceEntry, Source, Taxonomy } from '../../../src/lib/domain/index.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';

const now = new Date('2026-12-01T09:00:00+01:00');
const place = {
  id: 'mediatheque-janze',
  name: 'Médiathèque de Janzé',
  kind: 'mediatheque',
  address: { street: '2 rue de la Poste', postalCode: '35150', commune: '35136' },
  coordinates: { lat: 47.94, lon: -1.49 },
  phone: '0299470000',
  themes: ['bases'],
  helpsWith: [],
  publics: [],
  fees: [],
  accompaniments: [],
  accessibility: { wheelchair: true, hearingLoop: null },
  toBring: [],
  stops: [],
  toConfirm: false,
  actions: [],
  description: '',
} satisfies PlaceEntry;
const source = {
  id: 'libellule',
  name: 'Réseau Libellule',
  organisation: 'mediatheque-janze',
  format: 'ics',
  url: 'https://example.org/a.ics',
  defaults: { themes: [], publics: [] },
  timeZone: 'Europe/Paris',
  demo: false,
  enabled: true,
} satisfies Source;
const taxonomy = {
  themes: [{ id: 'bases', label: 'Apprendre les bases' }],
  publics: [{ id: 'seniors', label: 'Seniors' }],
} as unknown as Taxonomy;
const ctx = {
  now,
  places: new Map([[place.id, place]]),
  sources: new Map([[source.id, source]]),
  communes: new Map([['35136', { insee: '35136', name: 'Janzé' } as never]]),
  taxonomy,
};
const weekly = (day: string, fields = {}) =>
  makeOccurrence({
    sourceId: 'libellule',
    uid: 'cafe',
    title: 'Café numérique',
    start: `${day}T14:00:00+01:00`,
    end: `${day}T16:00:00+01:00`,
    placeId: 'mediatheque-janze',
    location: 'Médiathèque de Janzé',
    themes: ['bases'],
    publics: ['seniors'],
    free: true,
    registration: 'https://example.org/inscription',
    ...fields,
  });

describe('toEventView', () => {
  const series = buildSeries([
    weekly('2026-11-24'),
    weekly('2026-12-01', { status: 'cancelled', description: 'Annulé pour travaux. Reprise le mardi 8 décembre.' }),
    weekly('2026-12-08', { description: 'Vos questions.\n\nSans rendez-vous.' }),
  ]);
  const view = toEventView(series[0] ?? (undefined as never), ctx);

  it('lists only the dates still to come, the cancelled one marked', () => {
    expect(view.dates.map((d) => [d.text, d.cancelled])).toEqual([
      ['mardi 1er décembre, 14 h – 16 h', true],
      ['mardi 8 décembre, 14 h – 16 h', false],
    ]);
    expect(view.lastDate).toBeNull();
  });
  it('gives the reason the partner wrote on a cancelled date, and nothing on the others', () => {
    expect(view.dates.map((d) => d.note)).toEqual(['Annulé pour travaux. Reprise le mardi 8 décembre.', null]);
  });
  it('describes the next date that holds: its text, place, phone, public, price and registration', () => {
    expect(view.paragraphs).toEqual(['Vos questions.', 'Sans rendez-vous.']);
    expect(view.place?.name).toBe('Médiathèque de Janzé');
    expect(view.phone).toEqual({ text: '02 99 47 00 00', href: 'tel:+33299470000' });
    expect(view.publics).toEqual(['Seniors']);
    expect(view.themes).toEqual(['Apprendre les bases']);
    expect(view.price).toBe('Gratuit');
    expect(view.registration).toEqual({
      text: 'https://example.org/inscription',
      href: 'https://example.org/inscription',
    });
    expect(view.organiser).toEqual({ name: 'Réseau Libellule', placeId: 'mediatheque-janze' });
  });
  it('names the next date that holds for « Ajouter à mon agenda », and says it', () => {
    expect(view.next?.start).toBe('2026-12-08T14:00:00+01:00');
    expect(view.nextWhen).toBe('mardi 8 décembre, 14 h – 16 h');
  });
  it('lists the next twelve dates of a long series and counts the others up to the last', () => {
    const days = Array.from({ length: 20 }, (_, i) => `2026-12-${String(i + 2).padStart(2, '0')}`);
    const long = toEventView(buildSeries(days.map((d) => weekly(d)))[0] ?? (undefined as never), ctx);
    expect(long.dates).toHaveLength(12);
    expect(long.moreDates).toEqual({ count: 8, last: 'lundi 21 décembre, 14 h – 16 h' });
    expect(view.moreDates).toBeNull();
  });
  it('says when a series is over, with its last date', () => {
    const past = toEventView(buildSeries([weekly('2026-11-24')])[0] ?? (undefined as never), ctx);
    expect(past.dates).toEqual([]);
    expect(past.lastDate).toBe('mardi 24 novembre, 14 h – 16 h');
    expect(past.next).toBeNull();
  });
  it('keeps a registration in words as plain text, without a link', () => {
    const words = toEventView(
      buildSeries([weekly('2026-12-08', { registration: 'Au 02 99 47 00 00' })])[0] ?? (undefined as never),
      ctx,
    );
    expect(words.registration).toEqual({ text: 'Au 02 99 47 00 00', href: null });
  });
});

describe('toAgendaItem', () => {
  it('prepares a listing line with the link, time, place, price and filter data', () => {
    const occurrences = [weekly('2026-12-01'), weekly('2026-12-08')];
    const [entry] = collapseSeries(occurrences);
    const slugs = new Map(buildSeries(occurrences).map((s) => [s.seriesId, s.slug]));
    const item = toAgendaItem(entry ?? (undefined as never), {
      slugs,
      placeNames: new Map([['mediatheque-janze', 'Médiathèque de Janzé']]),
      communeNames: new Map([['35136', 'Janzé']]),
      now,
    });
    expect(item).toMatchObject({
      title: 'Café numérique',
      time: '14 h – 16 h',
      where: 'Médiathèque de Janzé',
      price: 'Gratuit',
      moreDates: 1,
      cancelled: false,
    });
    expect(item.href).toMatch(/^\/evenements\/cafe-numerique-[0-9a-f]{6}\/$/);
    expect(item.data).toMatchObject({ commune: '35136', themes: ['bases'], first: '2026-12-01', last: '2026-12-01' });
  });
});
