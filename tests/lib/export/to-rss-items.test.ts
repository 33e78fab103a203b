import { describe, expect, it } from 'vitest';
import { toRssItems } from '../../../src/lib/export/to-rss-items.ts';
import { fixtureContext } from '../../support/export-context-fixture.ts';
import { fixtureOccurrences, FROM_FIXTURE } from '../../support/outputs-fixture.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';

const now = new Date('2026-12-01T09:00:00+01:00');

describe('toRssItems', () => {
  const ctx = fixtureContext();
  const items = toRssItems(fixtureOccurrences(), ctx, now);

  it('gives one item per upcoming series, not one per weekly date, and leaves past events out', () => {
    expect(items.map((i) => i.title.split(' — ')[0])).toEqual([
      'Arnaques en ligne : les reconnaître, s’en protéger, réagir',
      'OpenLab du samedi',
      'Atelier tablette pour débutants',
      'Stage impression 3D (vacances de Noël)',
    ]);
  });

  it('puts the newest series first by the day it was first seen', () => {
    const dates = items.map((i) => i.pubDate.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('names the next date, the place and the commune, and links to the event page', () => {
    const tablette = items.find((i) => i.title.startsWith('Atelier tablette'));
    expect(tablette?.title).toBe('Atelier tablette pour débutants — mardi 1er décembre, 14 h – 16 h, Janzé');
    expect(tablette?.description).toContain('Médiathèque Jules-Verne, 2 rue de la Poste, 35150 Janzé');
    expect(tablette?.description).toContain('Annulé le mardi 8 décembre, 14 h – 16 h');
    expect(tablette?.link).toMatch(
      /^https:\/\/reperes\.example\.org\/evenements\/atelier-tablette-pour-debutants-[0-9a-f]{6}\/$/,
    );
    expect(tablette?.categories).toEqual(['Apprendre les bases']);
  });

  it('announces a series whose every remaining date is cancelled as cancelled', () => {
    const cancelled = makeOccurrence({
      ...FROM_FIXTURE,
      uid: 'annule',
      title: 'Café numérique',
      start: '2026-12-05T10:00:00+01:00',
      end: '2026-12-05T12:00:00+01:00',
      status: 'cancelled',
      commune: '35239',
    });
    const [item] = toRssItems([cancelled], ctx, now);
    expect(item?.title).toBe('ANNULÉ : Café numérique — samedi 5 décembre, 10 h – 12 h, Retiers');
  });

  it('dates a series by the night the site first published it, even when the dates first seen that night are past', () => {
    const weekly = (day: string, firstSeen: string) =>
      makeOccurrence({
        ...FROM_FIXTURE,
        uid: 'hebdo',
        title: 'Café numérique',
        start: `${day}T10:00:00+01:00`,
        end: `${day}T12:00:00+01:00`,
        firstSeen,
      });
    const series = [
      weekly('2026-11-24', '2026-10-01T03:00:00+02:00'),
      weekly('2026-12-08', '2026-11-20T03:00:00+01:00'),
    ];
    const [item] = toRssItems(series, ctx, now);
    expect(item?.pubDate.toISOString()).toBe('2026-10-01T01:00:00.000Z');
  });

  it('puts series published the same night in the order of their next date, not of their names', () => {
    const oneOff = (uid: string, title: string, day: string) =>
      makeOccurrence({ ...FROM_FIXTURE, uid, title, start: `${day}T10:00:00+01:00`, end: `${day}T12:00:00+01:00` });
    const titles = toRssItems(
      [oneOff('z', 'Zumba numérique', '2026-12-03'), oneOff('a', 'Atelier photo', '2026-12-20')],
      ctx,
      now,
    ).map((i) => i.title.split(' — ')[0]);
    expect(titles).toEqual(['Zumba numérique', 'Atelier photo']);
  });
});
