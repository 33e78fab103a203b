import { describe, expect, it } from 'vitest';
import { overlapsWindow } from '../../../../src/lib/ingest/ics/series-run.ts';

const window = { from: 1_000, to: 2_000 };
const instance = (startEpoch: number, endEpoch: number) => ({ startEpoch, endEpoch });

describe('overlapsWindow', () => {
  it('takes an instance that overlaps the window, even by a moment at either end', () => {
    expect(overlapsWindow(instance(1_200, 1_500), window)).toBe(true);
    expect(overlapsWindow(instance(500, 1_001), window)).toBe(true);
    expect(overlapsWindow(instance(1_999, 3_000), window)).toBe(true);
  });

  it('leaves out an instance that ends when the window starts, or starts when it ends', () => {
    expect(overlapsWindow(instance(500, 1_000), window)).toBe(false);
    expect(overlapsWindow(instance(2_000, 2_500), window)).toBe(false);
  });

  it('takes a zero-length instance when it starts inside the window, its first moment included', () => {
    expect(overlapsWindow(instance(1_000, 1_000), window)).toBe(true);
    expect(overlapsWindow(instance(999, 999), window)).toBe(false);
    expect(overlapsWindow(instance(2_000, 2_000), window)).toBe(false);
  });
});
