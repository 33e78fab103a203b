import { describe, expect, it } from 'vitest';
import {
  googleCalendarUrl,
  googleSubscribeUrl,
  outlookCalendarUrl,
  webcalUrl,
} from '../../../src/lib/export/calendar-links.ts';
import type { Occurrence } from '../../../src/lib/domain/index.ts';
import { fixtureContext } from '../../support/export-context-fixture.ts';
import { fixtureOccurrences } from '../../support/outputs-fixture.ts';

const ctx = fixtureContext();
const tablette = fixtureOccurrences().find((o) => o.title.startsWith('Atelier tablette')) as Occurrence;
const stage = fixtureOccurrences().find((o) => o.allDay) as Occurrence;

describe('webcalUrl', () => {
  it('gives the webcal address of a published calendar', () => {
    expect(webcalUrl(ctx, '/agenda/janze.ics')).toBe('webcal://reperes.example.org/agenda/janze.ics');
    expect(googleSubscribeUrl(ctx, '/agenda.ics')).toBe(
      'https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Freperes.example.org%2Fagenda.ics',
    );
  });
});

describe('googleCalendarUrl', () => {
  it('gives the start and end in UTC and the place', () => {
    const url = new URL(googleCalendarUrl(tablette, ctx));
    expect(url.searchParams.get('dates')).toBe('20261201T130000Z/20261201T150000Z');
    expect(url.searchParams.get('text')).toBe('Atelier tablette pour débutants');
    expect(url.searchParams.get('location')).toBe('Médiathèque Jules-Verne, 2 rue de la Poste, 35150 Janzé');
    expect(url.searchParams.get('details')).toMatch(/^https:\/\/reperes\.example\.org\/evenements\//);
  });

  it('gives dates for an all-day event, end exclusive', () => {
    expect(new URL(googleCalendarUrl(stage, ctx)).searchParams.get('dates')).toBe('20261221/20261224');
  });
});

describe('outlookCalendarUrl', () => {
  it('gives the start and end with their offset', () => {
    const url = new URL(outlookCalendarUrl(tablette, ctx));
    expect(url.searchParams.get('startdt')).toBe('2026-12-01T14:00:00+01:00');
    expect(url.searchParams.get('allday')).toBe('false');
  });
});
