import { describe, expect, it } from 'vitest';
import { DEFAULT_DROP_HOLD } from '../../../src/lib/domain/index.ts';
import { decideDropHold, isSuddenDrop } from '../../../src/lib/ingest/drop-hold.ts';

const policy = DEFAULT_DROP_HOLD;
const at = (day: string, time = '03:00:00') => `2026-12-${day}T${time}+01:00`;

describe('isSuddenDrop', () => {
  it('is a fall by half or more from at least ten, or a fall to none from anything', () => {
    expect(isSuddenDrop(681, 1, policy)).toBe(true);
    expect(isSuddenDrop(40, 20, policy)).toBe(true);
    expect(isSuddenDrop(40, 21, policy)).toBe(false);
    expect(isSuddenDrop(9, 1, policy)).toBe(false);
    expect(isSuddenDrop(3, 0, policy)).toBe(true);
    expect(isSuddenDrop(0, 0, policy)).toBe(false);
    expect(isSuddenDrop(null, 0, policy)).toBe(false);
    expect(isSuddenDrop(40, 30, { ...policy, share: 0.25 })).toBe(true);
  });
});

describe('decideDropHold', () => {
  const input = { policy, previousHold: null, previousUpcoming: 681, newUpcoming: 1, nowIso: at('01') };

  it('accepts a feed that did not drop', () => {
    expect(decideDropHold({ ...input, newUpcoming: 500 })).toEqual({ kind: 'accept', afterHold: null });
    expect(decideDropHold({ ...input, previousUpcoming: null })).toEqual({ kind: 'accept', afterHold: null });
  });

  it('holds a drop for three nights counted from the first, whatever the hour or the reruns, then accepts it', () => {
    const first = decideDropHold(input);
    expect(first).toEqual({
      kind: 'hold',
      hold: { since: at('01'), previousUpcoming: 681, newUpcoming: 1, nightsLeft: 2 },
    });
    const hold = first.kind === 'hold' ? first.hold : null;
    const night = (nowIso: string) => decideDropHold({ ...input, previousHold: hold, nowIso });
    expect(night(at('01', '22:00:00'))).toMatchObject({ kind: 'hold', hold: { nightsLeft: 2 } });
    expect(night(at('02'))).toMatchObject({ kind: 'hold', hold: { since: at('01'), nightsLeft: 1 } });
    expect(night(at('03'))).toMatchObject({ kind: 'hold', hold: { nightsLeft: 0 } });
    expect(night(at('04'))).toEqual({ kind: 'accept', afterHold: { ...hold, nightsLeft: 0 } });
  });

  it('starts again when the drop went away and comes back', () => {
    const gone = decideDropHold({
      ...input,
      previousHold: { since: at('01'), previousUpcoming: 681, newUpcoming: 1, nightsLeft: 2 },
      newUpcoming: 680,
      nowIso: at('02'),
    });
    expect(gone).toEqual({ kind: 'accept', afterHold: null });
  });

  it('accepts at once when the hold is turned off', () => {
    expect(decideDropHold({ ...input, policy: { ...policy, nights: 0 } })).toMatchObject({
      kind: 'accept',
      afterHold: { since: at('01') },
    });
  });
});
