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
});
