import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeedEvent } from '../../src/lib/domain/feed-event.ts';
import type { Issue } from '../../src/lib/domain/issue.ts';
import { parseCsvFeed } from '../../src/lib/ingest/csv/parse-csv-feed.ts';
import type { ParseOptions, ParseResult } from '../../src/lib/ingest/types.ts';
import { root } from './paths.ts';

/** Folder of the paired CSV fixtures: `<case>.csv` beside `<case>.expected.json`. */
export const csvFixturesDir = path.join(root, 'tests/fixtures/csv');

/** Window of every fixture: a year from 1 November 2026, Paris time. */
export const FIXTURE_WINDOW = {
  from: new Date('2026-11-01T00:00:00+01:00'),
  to: new Date('2027-11-01T00:00:00+01:00'),
};

/** What `<case>.expected.json` holds: the options of the case (column mapping) and the result. */
export interface ExpectedCsvResult {
  options?: Pick<ParseOptions, 'columns'>;
  fatal: boolean;
  events: FeedEvent[];
  issues: Issue[];
}

/** One paired fixture. */
export interface CsvFixturePair {
  name: string;
  input: Uint8Array;
  expected: ExpectedCsvResult;
}

/** Every `<case>.csv` of the fixtures folder with its expected result. */
export function listCsvFixturePairs(dir = csvFixturesDir): CsvFixturePair[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.csv'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.csv'.length);
      const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as ExpectedCsvResult;
      return { name, input: new Uint8Array(readFileSync(path.join(dir, file))), expected };
    });
}

/** Parses a fixture the way the pipeline would, for source `fixture`, in the fixture window. */
export function parseCsvFixture(pair: Pick<CsvFixturePair, 'input' | 'expected'>): ParseResult {
  return parseCsvFeed(pair.input, {
    sourceId: 'fixture',
    timeZone: 'Europe/Paris',
    window: FIXTURE_WINDOW,
    ...pair.expected.options,
  });
}
