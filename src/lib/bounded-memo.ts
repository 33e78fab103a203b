/**
 * Values computed once per key, for work a build repeats on the same inputs (the same start parsed
 * by every calendar and listing, the same opening hours shared by a network's places). Emptied when
 * it reaches `max` entries, so that a long-running process (a dev server, a browser tab) stays small.
 */
export class BoundedMemo<K, V> {
  private readonly values = new Map<K, V>();
  private readonly max: number;

  constructor(max: number) {
    this.max = max;
  }

  /** The value of `key`, computed by `compute` the first time; kept only when `keep` accepts it. */
  get(key: K, compute: () => V, keep: (value: V) => boolean = () => true): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = compute();
      if (!keep(value)) return value;
      if (this.values.size >= this.max) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }
}
