import { describe, expect, it } from 'vitest';
import { dateRangeOf, googleCalendarUrl, outlookCalendarUrl, webcalUrl } from '../../../src/lib/agenda/index.ts';

describe('dateRangeOf', () => {
  // 2026-12-01 is a Tuesday.
  it('gives today, the next seven days and the rest of the month', () => {
    expect(dateRangeOf('today', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(dateRangeOf('week', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-07' });
    expect(dateRangeOf('month', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(dateRangeOf('month', '2027-02-10')).toEqual({ from: '2027-02-10', to: '2027-02-28' });
    expect(dateRangeOf('all', '2026-12-01')).toEqual({});
  });
  it('gives the coming weekend, or what is left of it', () => {
    expect(dateRangeOf('weekend', '2026-12-01')).toEqual({ from: '2026-12-05', to: '2026-12-06' });
    expect(dateRangeOf('weekend', '2026-12-05')).toEqual({ from: '2026-12-05', to: '2026-12-06' });
    expect(dateRangeOf('weekend', '2026-12-06')).toEqual({ from: '2026-12-06', to: '2026-12-06' });
  });
});

describe('calendar links', () => {
  const entry = {
    title: 'Café numérique',
    start: '2026-12-01T14:00:00+01:00',
    end: '2026-12-01T16:00:00+01:00',
    allDay: false,
    location: 'Médiathèque de Janzé, Janzé',
    details: 'https://example.org/evenements/cafe/',
  };
  it('opens Google Agenda with the title, UTC times and place filled in', () => {
    const url = new URL(googleCalendarUrl(entry));
    expect(url.origin).toBe('https://calendar.google.com');
    expect(url.searchParams.get('text')).toBe('Café numérique');
    expect(url.searchParams.get('dates')).toBe('20261201T130000Z/20261201T150000Z');
    expect(url.searchParams.get('location')).toBe('Médiathèque de Janzé, Janzé');
  });
  it('gives Google the exclusive end day of an all-day occurrence', () => {
    const url = new URL(googleCalendarUrl({ ...entry, start: '2026-12-21', end: '2026-12-24', allDay: true }));
    expect(url.searchParams.get('dates')).toBe('20261221/20261224');
  });
  it('gives Outlook an inclusive last day for an all-day occurrence', () => {
    const url = new URL(outlookCalendarUrl({ ...entry, start: '2026-12-21', end: '2026-12-24', allDay: true }));
    expect(url.hostname).toBe('outlook.live.com');
    expect([url.searchParams.get('startdt'), url.searchParams.get('enddt'), url.searchParams.get('allday')]).toEqual([
      '2026-12-21',
      '2026-12-23',
      'true',
    ]);
  });
  it('gives Outlook UTC times for a timed occurrence', () => {
    const url = new URL(outlookCalendarUrl(entry));
    expect(url.searchParams.get('startdt')).toBe('2026-12-01T13:00:00Z');
    expect(url.searchParams.get('subject')).toBe('Café numérique');
  });
  it('turns an https address into a webcal one for Apple Calendar', () => {
    expect(webcalUrl('https://example.org/evenements/cafe.ics')).toBe('webcal://example.org/evenements/cafe.ics');
  });
});
