import { describe, expect, it } from 'vitest';
import { feedWindowAround, feedWindowBetween } from '../../../src/lib/ingest/feed-window.ts';
import { toZonedIso } from '../../../src/lib/time/zoned-time.ts';

const iso = (d: Date) => toZonedIso(d.getTime());

describe('feedWindowAround', () => {
  it('spans from 30 days before to 365 days after, at midnight in Paris', () => {
    const window = feedWindowAround(new Date('2026-11-28T03:00:00+01:00'));
    expect(iso(window.from)).toBe('2026-10-29T00:00:00+01:00');
    expect(iso(window.to)).toBe('2027-11-28T00:00:00+01:00');
  });

  it('is the same for every run of the same day', () => {
    expect(feedWindowAround(new Date('2026-11-28T00:30:00+01:00'))).toEqual(
      feedWindowAround(new Date('2026-11-28T23:30:00+01:00')),
    );
  });

  it('starts at midnight summer time when the day falls in summer', () => {
    expect(iso(feedWindowAround(new Date('2026-07-15T12:00:00+02:00')).from)).toBe('2026-06-15T00:00:00+02:00');
  });
});

describe('feedWindowBetween', () => {
  it('reads two dates as midnights in Paris', () => {
    const window = feedWindowBetween('2026-03-01', '2026-04-01');
    expect([iso(window.from), iso(window.to)]).toEqual(['2026-03-01T00:00:00+01:00', '2026-04-01T00:00:00+02:00']);
  });
});
