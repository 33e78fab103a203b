/**
 * `compute`, remembering its last call: given an input the same as the last one (`Object.is`, or
 * as `same` says), it returns the last result without computing it again. For inputs that come
 * again one after the other, as the instances of a series do in a feed; a single entry, so memory
 * stays flat (`BoundedMemo` is the map for inputs that come back later).
 */
export function rememberLast<I, R>(
  compute: (input: I) => R,
  same: (a: I, b: I) => boolean = Object.is,
): (input: I) => R {
  let last: { input: I; result: R } | null = null;
  return (input) => {
    if (last !== null && same(last.input, input)) return last.result;
    const result = compute(input);
    last = { input, result };
    return result;
  };
}
