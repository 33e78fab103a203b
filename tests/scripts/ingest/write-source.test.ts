import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSourceEvents, writeSourceEvents, writeStatusFile } from '../../../scripts/ingest/write-source.ts';
import { normaliseFeedEvents } from '../../../src/lib/ingest/normalise/normalise-events.ts';
import { communes, makeFeedEvent, makeSource, places, taxonomy } from '../../support/ingest-fixtures.ts';

let dir: string;
const source = makeSource({ id: 'fablab' });
const occurrencesOf = (...events: Parameters<typeof makeFeedEvent>[0][]) =>
  normaliseFeedEvents(events.map(makeFeedEvent), {
    source,
    places,
    communes,
    taxonomy,
    now: new Date('2026-11-28T03:00:00+01:00'),
    firstSeen: new Map(),
  }).occurrences;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'reperes-write-'));
});

describe('writeSourceEvents', () => {
  it('writes the occurrences sorted by start, as stable two-space JSON ending with a newline', async () => {
    const occurrences = occurrencesOf(
      { uid: 'b', start: '2026-12-09T14:00:00+01:00', end: '2026-12-09T16:00:00+01:00' },
      { uid: 'a', start: '2026-12-02T14:00:00+01:00' },
    );
    await writeSourceEvents(dir, 'fablab', occurrences);
    const text = await readFile(path.join(dir, 'events/fablab.json'), 'utf8');
    expect(text).toBe(
      `${JSON.stringify({ sourceId: 'fablab', occurrences: [occurrences[1], occurrences[0]] }, null, 2)}\n`,
    );
    expect((await readSourceEvents(dir, 'fablab'))?.occurrences.map((o) => o.start)).toEqual([
      '2026-12-02T14:00:00+01:00',
      '2026-12-09T14:00:00+01:00',
    ]);
  });

  it('writes nothing when an occurrence breaks the schema, naming the field, and leaves no temporary file', async () => {
    await writeSourceEvents(dir, 'fablab', occurrencesOf({}));
    const before = await readFile(path.join(dir, 'events/fablab.json'));
    const broken = occurrencesOf({}).map((o) => ({ ...o, title: '' }));
    await expect(writeSourceEvents(dir, 'fablab', broken)).rejects.toThrow(/`occurrences\.0\.title`/);
    expect(await readFile(path.join(dir, 'events/fablab.json'))).toEqual(before);
    expect(await readdir(path.join(dir, 'events'))).toEqual(['fablab.json']);
  });

  it('reads a missing or damaged previous file as no previous data', async () => {
    expect(await readSourceEvents(dir, 'absente')).toBeNull();
    await writeSourceEvents(dir, 'fablab', occurrencesOf({}));
    await writeFile(path.join(dir, 'events/fablab.json'), '{"sourceId":"fablab","occurrences":[{"id":"x"}]}');
    expect(await readSourceEvents(dir, 'fablab')).toBeNull();
  });
});

describe('writeStatusFile', () => {
  it('sorts the sources by id and refuses an invalid status', async () => {
    const line = (sourceId: string) => ({
      sourceId,
      state: 'ok' as const,
      lastAttempt: '2026-11-28T03:00:00+01:00',
      lastSuccess: '2026-11-28T03:00:00+01:00',
      httpStatus: 200,
      occurrences: 1,
      rejected: 0,
      warnings: 0,
      issues: [],
      staleSince: null,
      dropFlagged: false,
      etag: null,
      lastModified: null,
      message: null,
      detail: null,
      consecutiveFailures: 0,
      upcoming: 1,
      hold: null,
      usage: null,
      budget: null,
      setAside: null,
    });
    await writeStatusFile(dir, { generatedAt: '2026-11-28T03:00:00+01:00', sources: [line('zeta'), line('alpha')] });
    const written = JSON.parse(await readFile(path.join(dir, 'status.json'), 'utf8')) as {
      sources: { sourceId: string }[];
    };
    expect(written.sources.map((s) => s.sourceId)).toEqual(['alpha', 'zeta']);
    await expect(writeStatusFile(dir, { generatedAt: 'hier', sources: [] })).rejects.toThrow(/`generatedAt`/);
  });
});
