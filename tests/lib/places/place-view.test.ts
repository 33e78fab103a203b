import { describe, expect, it } from 'vitest';
import { hoursOf } from '../../../src/lib/places/place-view.ts';
import { describeOpenStatus, openStatusAt } from '../../../src/lib/places/open-status.ts';

describe('hoursOf', () => {
  it('knows the next stop of a bus coming twice a month, even when the build is days old', () => {
    const build = new Date('2026-12-01T09:00:00+01:00');
    const { intervals } = hoursOf('Tu[1,3] 09:30-12:00', build, 'places/bus.md');
    const viewed = Date.parse('2026-12-04T15:00:00+01:00');
    expect(describeOpenStatus(openStatusAt(intervals, viewed), viewed)).toBe(
      'Fermé, ouvre le mardi 15 décembre à 9 h 30',
    );
  });

  it('names the place file when its hours cannot be read', () => {
    expect(() => hoursOf('tous les jours', new Date('2026-12-01T09:00:00+01:00'), 'places/x.md')).toThrow(
      /^places\/x\.md : horaires illisibles « tous les jours »/,
    );
  });
});
