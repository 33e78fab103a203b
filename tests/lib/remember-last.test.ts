import { describe, expect, it } from 'vitest';
import { rememberLast } from '../../src/lib/remember-last.ts';

describe('rememberLast', () => {
  it('computes again whenever the input differs from the last one, and only then', () => {
    const seen: string[] = [];
    const upper = rememberLast((text: string) => {
      seen.push(text);
      return text.toUpperCase();
    });
    expect(['a', 'a', 'b', 'a', 'a'].map(upper)).toEqual(['A', 'A', 'B', 'A', 'A']);
    expect(seen).toEqual(['a', 'b', 'a']);
  });

  it('takes inputs as the same when `same` says so', () => {
    const size = rememberLast(
      (list: readonly number[]) => list.length,
      (a, b) => a[0] === b[0],
    );
    expect([size([1, 2]), size([1, 2, 3]), size([2])]).toEqual([2, 2, 1]);
  });
});
