import { describe, expect, it } from 'vitest';
import { IndicatorHistorySchema, type IndicatorHistory, type Occurrence } from '../../../src/lib/domain/index.ts';
import { isClosed, recordFigures, recordNight } from '../../../src/lib/indicators/record-history.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';

/** The value, which the test's data guarantees. */
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('valeur attendue');
  return value;
}

const session = (uid: string, day: string, minutes: number, status: Occurrence['status'] = 'confirmed') => {
  const end = new Date(Date.parse(`${day}T10:00:00+01:00`) + minutes * 60_000);
  const hh = String(end.getUTCHours() + 1).padStart(2, '0');
  const mm = String(end.getUTCMinutes()).padStart(2, '0');
  return makeOccurrence({ uid, start: `${day}T10:00:00+01:00`, end: `${day}T${hh}:${mm}:00+01:00`, status });
};

const nov05 = session('nov05', '2026-11-05', 60);
const nov20 = session('nov20', '2026-11-20', 120);
const dec10 = session('dec10', '2026-12-10', 30);
const dec20 = session('dec20', '2026-12-20', 90);
const jan05 = session('jan05', '2027-01-05', 45);
const empty: IndicatorHistory = { quarters: [] };

describe('recordNight', () => {
  // Night 1, 10 November: the data holds 11 October onwards.
  const night1 = recordNight(empty, {
    occurrences: [nov05, nov20, dec10, dec20, jan05],
    now: new Date('2026-11-10T03:00:00+01:00'),
    dataFrom: '2026-10-11',
  });
  // Night 2, 15 December (35 days later: 10–15 November left the data uncounted); 5 November is gone, 10 December cancelled.
  const night2 = recordNight(night1, {
    occurrences: [nov20, { ...dec10, status: 'cancelled' }, dec20, jan05],
    now: new Date('2026-12-15T03:00:00+01:00'),
    dataFrom: '2026-11-15',
  });
  // Night 3, 2 January: the new quarter begins, the last one closes.
  const night3Input = {
    occurrences: [{ ...dec10, status: 'cancelled' as const }, dec20, jan05],
    now: new Date('2027-01-02T03:00:00+01:00'),
    dataFrom: '2026-12-03',
  };
  const night3 = recordNight(night2, night3Input);

  it('first night: settles the past days of the quarter held by the data, counts the rest as announced', () => {
    expect(night1.quarters.map((q) => q.quarter)).toEqual(['2026-T4']);
    const [t4] = night1.quarters;
    expect(t4).toMatchObject({ coverageFrom: '2026-10-11', settledUntil: '2026-11-10', gaps: [] });
    // Settled: 5 November (60 min). Announced: 20 November, 10 and 20 December (120 + 30 + 90 = 240 min); 5 January is next quarter.
    expect(t4?.settled.total).toEqual({ sessions: 1, minutes: 60, untimed: 0, cancelled: 0 });
    expect(t4?.announced.total).toEqual({ sessions: 3, minutes: 240, untimed: 0, cancelled: 0 });
    expect(recordFigures(defined(t4)).total).toEqual({ sessions: 4, minutes: 300, untimed: 0, cancelled: 0 });
  });

  it('keeps the days settled after they left the data, and names the days no night counted', () => {
    const [t4] = night2.quarters;
    expect(t4?.gaps).toEqual([{ from: '2026-11-10', to: '2026-11-15' }]);
    // Settled: 5 November (kept) + 20 November (120) + 10 December cancelled.
    expect(t4?.settled.total).toEqual({ sessions: 2, minutes: 180, untimed: 0, cancelled: 1 });
    expect(t4?.announced.total).toEqual({ sessions: 1, minutes: 90, untimed: 0, cancelled: 0 });
    expect(t4?.settledUntil).toBe('2026-12-15');
    expect(t4?.updatedAt).toBe('2026-12-15T03:00:00+01:00');
  });

  it('closes the last quarter on the first night of the next and opens the new one', () => {
    expect(night3.quarters.map((q) => q.quarter)).toEqual(['2026-T4', '2027-T1']);
    const [t4, t1] = night3.quarters;
    expect(isClosed(defined(t4))).toBe(true);
    // 5 Nov 60 + 20 Nov 120 + 20 Dec 90 = 270 min over 3 sessions; 10 December cancelled.
    expect(recordFigures(defined(t4)).total).toEqual({ sessions: 3, minutes: 270, untimed: 0, cancelled: 1 });
    expect(t4?.announced.total.sessions).toBe(0);
    expect(t1).toMatchObject({ coverageFrom: '2027-01-01', settledUntil: '2027-01-02' });
    expect(recordFigures(defined(t1)).total).toEqual({ sessions: 1, minutes: 45, untimed: 0, cancelled: 0 });
  });

  it('changes nothing when the same night runs twice, and writes a valid file', () => {
    expect(recordNight(night3, night3Input)).toEqual(night3);
    expect(IndicatorHistorySchema.parse(night3)).toEqual(night3);
  });

  it('never touches a closed quarter again', () => {
    const later = recordNight(night3, {
      occurrences: [session('extra', '2026-12-28', 600), jan05],
      now: new Date('2027-01-03T03:00:00+01:00'),
      dataFrom: '2026-12-04',
    });
    expect(later.quarters[0]).toEqual(night3.quarters[0]);
  });

  it('on the first night, also records what the data still holds of the last quarter', () => {
    const first = recordNight(empty, {
      occurrences: [
        session('sep05', '2026-09-05', 60),
        session('sep20', '2026-09-20', 30),
        session('oct12', '2026-10-12', 15),
      ],
      now: new Date('2026-10-10T03:00:00+02:00'),
      dataFrom: '2026-09-10',
    });
    const [t3, t4] = first.quarters;
    // 5 September is before the data: not counted, and the record says from when it counts.
    expect(t3).toMatchObject({ quarter: '2026-T3', coverageFrom: '2026-09-10', settledUntil: '2026-10-01' });
    expect(recordFigures(defined(t3)).total).toEqual({ sessions: 1, minutes: 30, untimed: 0, cancelled: 0 });
    expect(recordFigures(defined(t4)).total).toEqual({ sessions: 1, minutes: 15, untimed: 0, cancelled: 0 });
  });
});
