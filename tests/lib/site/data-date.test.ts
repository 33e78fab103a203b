import { describe, expect, it } from 'vitest';
import { dataUpdatedAt, formatUpdated, isStale } from '../../../src/lib/site/data-date.ts';

const now = new Date('2026-12-01T09:00:00+01:00');

describe('dataUpdatedAt', () => {
  it('is when the last ingest read the feeds, not when the site was built', () => {
    expect(dataUpdatedAt('2026-11-28T18:18:45+01:00', now).toISOString()).toBe('2026-11-28T17:18:45.000Z');
  });

  it('is the build time when no ingest has run, or when the status claims a later time', () => {
    expect(dataUpdatedAt(undefined, now)).toBe(now);
    expect(dataUpdatedAt('2027-01-01T00:00:00+01:00', now)).toBe(now);
  });
});

describe('formatUpdated', () => {
  it('says the day, the year and the time in Paris', () => {
    expect(formatUpdated(now.getTime())).toBe('mardi 1er décembre 2026 à 9 h');
  });
});

describe('isStale', () => {
  it('is true only past two days', () => {
    const day = 86_400_000;
    expect(isStale(now.getTime(), now.getTime() + 2 * day)).toBe(false);
    expect(isStale(now.getTime(), now.getTime() + 2 * day + 60_000)).toBe(true);
    expect(isStale(now.getTime(), now.getTime() + 3 * day)).toBe(true);
  });
});
