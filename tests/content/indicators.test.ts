import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quarterById } from '../../src/lib/indicators/quarters.ts';
import { readCommunes, readIndicatorHistory } from '../../src/loaders/read-content.ts';
import { root } from '../support/paths.ts';

const content = path.join(root, 'content');

describe('content/indicators/history.json', () => {
  it('follows the schema, one record per quarter, oldest first, each within its quarter', async () => {
    const history = await readIndicatorHistory(content);
    const ids = history.quarters.map((q) => q.quarter);
    expect(ids).toEqual([...new Set(ids)].sort());
    for (const record of history.quarters) {
      const quarter = quarterById(record.quarter);
      expect(record.coverageFrom >= quarter.from && record.coverageFrom <= record.settledUntil).toBe(true);
      expect(record.settledUntil <= quarter.to).toBe(true);
    }
  });

  it('counts only communes of the territory', async () => {
    const codes = new Set((await readCommunes(content)).map((c) => c.insee));
    const history = await readIndicatorHistory(content);
    for (const record of history.quarters) {
      for (const key of [...Object.keys(record.settled.communes), ...Object.keys(record.announced.communes)]) {
        expect(codes.has(key) || key === 'inconnue', key).toBe(true);
      }
    }
  });

  it('reads a missing history as an empty one (before the first night)', async () => {
    expect(await readIndicatorHistory(path.join(root, 'tests/fixtures/ics'))).toEqual({ quarters: [] });
  });
});
