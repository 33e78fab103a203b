/** A deterministic pseudo-random generator (mulberry32), so every run benches the same data. */
export function randomFrom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Seeded choices: `pick` one of a list, `between` two integers (both included). */
export interface Chooser {
  random: () => number;
  pick: <T>(list: readonly T[]) => T;
  between: (min: number, max: number) => number;
}

export function chooserFrom(seed: number): Chooser {
  const random = randomFrom(seed);
  return {
    random,
    pick: <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T,
    between: (min, max) => min + Math.floor(random() * (max - min + 1)),
  };
}
