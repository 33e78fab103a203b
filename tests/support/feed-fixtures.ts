import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { FeedEvent } from '../../src/lib/domain/feed-event.ts';
import type { Issue } from '../../src/lib/domain/issue.ts';
import type { FeedParser, ParseOptions } from '../../src/lib/ingest/types.ts';
import { startOfDateEpoch } from '../../src/lib/time/zoned-time.ts';

/**
 * `<case>.expected.json` beside `<case>.<ext>`: the window (dates at 00:00 Europe/Paris) and
 * options the case is read with, and the exact parser output expected.
 */
export interface ExpectedFixture {
  /** What the case shows, as a behaviour sentence (the test name). */
  behaviour: string;
  window: { from: string; to: string };
  timeZone?: string;
  seriesCap?: number;
  events: FeedEvent[];
  issues: Issue[];
  fatal?: boolean;
}

/** Parse options for a fixture: window bounds are dates read at midnight, Paris time. */
export function optionsOf(expected: Pick<ExpectedFixture, 'window' | 'timeZone' | 'seriesCap'>): ParseOptions {
  return {
    sourceId: 'fixture',
    window: {
      from: new Date(startOfDateEpoch(expected.window.from)),
      to: new Date(startOfDateEpoch(expected.window.to)),
    },
    timeZone: expected.timeZone ?? 'Europe/Paris',
    ...(expected.seriesCap === undefined ? {} : { seriesCap: expected.seriesCap }),
  };
}

/** One `it` per `<case>.<ext>` of `dir` that has its `<case>.expected.json`: output must equal it. */
export function testFixturePairs(dir: string, ext: string, parse: FeedParser): void {
  const cases = readdirSync(dir)
    .filter((name) => name.endsWith(`.${ext}`))
    .map((name) => name.slice(0, -(ext.length + 1)))
    .sort();
  it('has an expected result beside every fixture', () => {
    const missing = cases.filter((name) => !readdirSync(dir).includes(`${name}.expected.json`));
    expect(missing).toEqual([]);
  });
  for (const name of cases) {
    const expectedPath = join(dir, `${name}.expected.json`);
    let expected: ExpectedFixture;
    try {
      expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedFixture;
    } catch {
      continue; // Reported by the test above.
    }
    it(`${name}: ${expected.behaviour}`, () => {
      const result = parse(readFileSync(join(dir, `${name}.${ext}`)), optionsOf(expected));
      expect({ events: result.events, issues: result.issues, fatal: result.fatal }).toEqual({
        events: expected.events,
        issues: expected.issues,
        fatal: expected.fatal ?? false,
      });
    });
  }
}
