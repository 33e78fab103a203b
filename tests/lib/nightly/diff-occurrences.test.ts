import { describe, expect, it } from 'vitest';
import { diffOccurrences } from '../../../src/lib/nightly/diff-occurrences.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';

const now = new Date('2026-12-01T03:00:00+01:00');
const options = { now, readSources: new Set(['fablab']), previousHorizon: new Date('2027-11-30T00:00:00+01:00') };
const at = (day: string, hour = '14') => ({ start: `${day}T${hour}:00:00+01:00`, end: `${day}T16:00:00+01:00` });
const fablab = (uid: string, day: string, extra = {}) =>
  makeOccurrence({ uid, sourceId: 'fablab', title: `Atelier ${uid}`, ...at(day), ...extra });

describe('diffOccurrences', () => {
  it('lists a series never seen before as new, with all its upcoming dates', () => {
    const before = [fablab('openlab', '2026-12-02')];
    const after = [...before, fablab('stage', '2026-12-10'), fablab('stage', '2026-12-03')];
    const diff = diffOccurrences(before, after, options);
    expect(diff.added).toHaveLength(1);
    expect(diff.added[0]).toMatchObject({
      title: 'Atelier stage',
      sourceId: 'fablab',
      starts: ['2026-12-03T14:00:00+01:00', '2026-12-10T14:00:00+01:00'],
    });
    expect(diff.changed).toEqual([]);
    expect(diff.cancelled).toEqual([]);
  });

  it('names what changed in a known occurrence, once per series', () => {
    const before = [fablab('openlab', '2026-12-02'), fablab('openlab', '2026-12-09')];
    const after = [
      fablab('openlab', '2026-12-02', { title: 'OpenLab', location: 'Salle 2' }),
      fablab('openlab', '2026-12-09', { end: '2026-12-09T17:00:00+01:00' }),
    ];
    const diff = diffOccurrences(before, after, options);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.fields).toEqual(['title', 'time', 'place']);
    expect(diff.changed[0]?.starts).toHaveLength(2);
  });

  it('reports a date marked cancelled, and one gone from a feed that was read, as cancelled', () => {
    const before = [fablab('openlab', '2026-12-02'), fablab('repair', '2026-12-05')];
    const after = [fablab('openlab', '2026-12-02', { status: 'cancelled' })];
    const diff = diffOccurrences(before, after, options);
    expect(diff.cancelled.map((c) => [c.title, c.reason])).toEqual([
      ['Atelier openlab', 'cancelled'],
      ['Atelier repair', 'removed'],
    ]);
  });

  it('does not call a date cancelled when its feed was not read tonight', () => {
    const before = [makeOccurrence({ uid: 'x', sourceId: 'pij', ...at('2026-12-05') })];
    expect(diffOccurrences(before, [], options).cancelled).toEqual([]);
  });

  it('ignores dates that are over, and dates that only entered the rolling window', () => {
    const before = [fablab('openlab', '2026-11-20'), fablab('openlab', '2026-12-02')];
    const after = [fablab('openlab', '2026-12-02'), fablab('openlab', '2027-11-30')];
    const diff = diffOccurrences(before, after, options);
    expect(diff).toEqual({ added: [], changed: [], cancelled: [] });
  });

  it('counts a new date of a known series inside the previous window as a change', () => {
    const before = [fablab('openlab', '2026-12-02')];
    const after = [fablab('openlab', '2026-12-02'), fablab('openlab', '2026-12-04')];
    const diff = diffOccurrences(before, after, options);
    expect(diff.changed).toMatchObject([{ fields: ['dates-added'], starts: ['2026-12-04T14:00:00+01:00'] }]);
  });

  it('sorts each list by first date', () => {
    const after = [fablab('b', '2026-12-20'), fablab('a', '2026-12-03'), fablab('c', '2026-12-10')];
    expect(diffOccurrences([], after, options).added.map((c) => c.title)).toEqual([
      'Atelier a',
      'Atelier c',
      'Atelier b',
    ]);
  });
});
