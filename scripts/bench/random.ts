import { seededRandom } from '../lib/seeded-random.ts';

/** Seeded choices: `pick` one of a list, `between` two integers (both included). */
export interface Chooser {
  random: () => number;
  pick: <T>(list: readonly T[]) => T;
  between: (min: number, max: number) => number;
}

export function chooserFrom(seed: number): Chooser {
  const random = seededRandom(seed);
  return {
    random,
    pick: <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T,
    between: (min, max) => min + Math.floor(random() * (max - min + 1)),
  };
}
