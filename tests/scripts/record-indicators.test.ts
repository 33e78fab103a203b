import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IndicatorHistorySchema } from '../../src/lib/domain/index.ts';
import { recordIndicators } from '../../scripts/nightly/record-indicators.ts';
import { makeOccurrence } from '../support/make-occurrence.ts';

let content: string;
const historyFile = () => path.join(content, 'indicators/history.json');
const readHistory = async () => IndicatorHistorySchema.parse(JSON.parse(await readFile(historyFile(), 'utf8')));

async function writeEvents(sourceId: string, occurrences: unknown[]): Promise<void> {
  await writeFile(
    path.join(content, 'events', `${sourceId}.json`),
    `${JSON.stringify({ sourceId, occurrences }, null, 2)}\n`,
  );
}

const openlab = makeOccurrence({
  uid: 'openlab',
  sourceId: 'fablab',
  start: '2026-11-25T14:00:00+01:00',
  end: '2026-11-25T18:00:00+01:00',
});
const atelier = makeOccurrence({
  uid: 'atelier',
  sourceId: 'mediatheques',
  start: '2026-12-09T10:00:00+01:00',
  end: '2026-12-09T12:00:00+01:00',
});
// The same session published by a second source: counted once.
const relayed = {
  ...atelier,
  sourceId: 'france-services',
  id: makeOccurrence({ uid: 'relais', sourceId: 'france-services', start: atelier.start, end: atelier.end }).id,
};

beforeEach(async () => {
  content = path.join(await mkdtemp(path.join(tmpdir(), 'reperes-indicateurs-')), 'content');
  await mkdir(path.join(content, 'events'), { recursive: true });
  await writeEvents('fablab', [openlab]);
  await writeEvents('mediatheques', [atelier]);
  await writeEvents('france-services', [relayed]);
});
afterEach(async () => {
  await rm(path.dirname(content), { recursive: true, force: true });
});

describe('recordIndicators (the nightly step)', () => {
  it('creates the history on the first night, then updates the same quarter night after night', async () => {
    const first = await recordIndicators(content, new Date('2026-12-01T03:00:00+01:00'));
    expect(first).toEqual({ quarter: '2026-T4', file: historyFile() });
    let history = await readHistory();
    expect(history.quarters).toHaveLength(1);
    // 25 November (4 h) settled; 9 December (2 h, published twice) announced once.
    expect(history.quarters[0]).toMatchObject({
      quarter: '2026-T4',
      coverageFrom: '2026-11-01',
      settledUntil: '2026-12-01',
      settled: { total: { sessions: 1, minutes: 240 } },
      announced: { total: { sessions: 1, minutes: 120 } },
    });

    await recordIndicators(content, new Date('2026-12-10T03:00:00+01:00'));
    history = await readHistory();
    expect(history.quarters).toHaveLength(1);
    expect(history.quarters[0]).toMatchObject({
      settledUntil: '2026-12-10',
      updatedAt: '2026-12-10T03:00:00+01:00',
      settled: { total: { sessions: 2, minutes: 360 } },
      announced: { total: { sessions: 0 } },
    });
    expect(await readFile(historyFile(), 'utf8')).toMatch(/^\{\n {2}"quarters": \[\n[\s\S]*\n\}\n$/);
  });

  it('leaves the history as it was when an events file cannot be read', async () => {
    await recordIndicators(content, new Date('2026-12-01T03:00:00+01:00'));
    const before = await readFile(historyFile(), 'utf8');
    await writeFile(path.join(content, 'events', 'fablab.json'), '{ pas du JSON');
    await expect(recordIndicators(content, new Date('2026-12-02T03:00:00+01:00'))).rejects.toThrow(
      'events/fablab.json',
    );
    expect(await readFile(historyFile(), 'utf8')).toBe(before);
  });

  it('refuses a damaged history file instead of starting it over', async () => {
    await mkdir(path.dirname(historyFile()), { recursive: true });
    await writeFile(historyFile(), '{"quarters": [{"quarter": "2026-Q4"}]}\n');
    await expect(recordIndicators(content, new Date('2026-12-01T03:00:00+01:00'))).rejects.toThrow(
      'indicators/history.json',
    );
    expect(await readFile(historyFile(), 'utf8')).toBe('{"quarters": [{"quarter": "2026-Q4"}]}\n');
  });
});
