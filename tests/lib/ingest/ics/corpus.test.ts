import { describe, expect, it } from 'vitest';
import { corpusFiles, parseCorpus } from './corpus-support.ts';
import { expectations } from './corpus-expectations.ts';
import { KNOWN_FAILING_COUNT_BLOCKS, KNOWN_FAILING_RRULE_VECTORS, knownFailures } from './corpus-known-failures.ts';
import { runCountVectors, runRecurVectors } from './libical-vectors.ts';

describe('parseIcsFeed on the corpus of real and test calendars', () => {
  it.each(corpusFiles())('reads %s without crashing, within seconds, with dated events', (file) => {
    const started = performance.now();
    const result = parseCorpus(file, '1990-01-01', '2030-01-01');
    expect(performance.now() - started).toBeLessThan(15_000);
    for (const event of result.events) {
      expect(event.start <= event.end || event.allDay).toBe(true);
      expect(event.start).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
    }
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
    // Only the libical RRULE vector list is not a calendar at all.
    expect(result.fatal).toBe(file === 'libical/icalrecur_test.txt');
  });

  describe('stated expectations of EXPECTATIONS.md that apply to our semantics', () => {
    it.each(expectations.map((x) => [`${x.file}: ${x.says}`, x] as const))('%s', (_name, expectation) => {
      expectation.check();
    });
  });

  describe('known failures: expectations that do not hold, each still failing in the stated way', () => {
    it.each(knownFailures.map((x) => [`${x.file}: ${x.reason}`, x] as const))('%s', (_name, failure) => {
      expect(failure.check).toThrow();
      failure.stillGives();
    });
  });
});

describe('libical recurrence oracles (EXPECTATIONS.md §1a, §1b)', () => {
  it('expands the 57 counted VEVENTs of recur.txt to their X-EXPECT-NUMEVENTS, except the EXRULE block', () => {
    const counts = runCountVectors();
    expect(counts).toHaveLength(57);
    const failing = counts.flatMap((v, i) =>
      v.expected === v.actual ? [] : [{ block: i + 1, expected: v.expected, actual: v.actual }],
    );
    expect(failing).toEqual(KNOWN_FAILING_COUNT_BLOCKS);
  });

  it('expands the RRULE vectors of icalrecur_test.txt exactly, except the known ical.js differences', () => {
    const vectors = runRecurVectors();
    expect(vectors).toHaveLength(146);
    const failing = vectors.flatMap((v, i) => (JSON.stringify(v.expected) === JSON.stringify(v.actual) ? [] : [i]));
    expect(failing).toEqual(KNOWN_FAILING_RRULE_VECTORS);
  });
});
