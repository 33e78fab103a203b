import { describe, expect, it } from 'vitest';
import type { SourceStatus } from '../../../src/lib/domain/index.ts';
import { isSharpDrop, nextSourceStatus } from '../../../src/lib/ingest/next-source-status.ts';

const night1 = '2026-11-27T03:00:00+01:00';
const night2 = '2026-11-28T03:00:00+01:00';
const read = (occurrences: number, previousCount: number | null, issues = [] as SourceStatus['issues']) =>
  ({ kind: 'read', occurrences, previousCount, issues, httpStatus: 200, etag: '"v2"', lastModified: null }) as const;

describe('isSharpDrop', () => {
  it('flags a fall below half of at least ten', () => {
    expect(isSharpDrop(40, 19)).toBe(true);
    expect(isSharpDrop(40, 20)).toBe(false);
    expect(isSharpDrop(9, 0)).toBe(false);
    expect(isSharpDrop(null, 0)).toBe(false);
  });
});

describe('nextSourceStatus', () => {
  const ok = nextSourceStatus('fablab', undefined, read(40, null), night1);

  it('records a successful read with its counts and validators', () => {
    expect(ok).toMatchObject({
      state: 'ok',
      lastAttempt: night1,
      lastSuccess: night1,
      occurrences: 40,
      etag: '"v2"',
      dropFlagged: false,
      staleSince: null,
    });
  });

  it('writes but flags a sharp drop without error, and flags it again when the same run is repeated', () => {
    const dropped = nextSourceStatus('fablab', ok, read(12, 40), night2);
    expect(dropped).toMatchObject({ state: 'warning', dropFlagged: true, occurrences: 12 });
    expect(nextSourceStatus('fablab', dropped, read(12, 12), night2)).toEqual(dropped);
  });

  it('keeps the last success and marks the data stale since the first failure', () => {
    const failed = nextSourceStatus(
      'fablab',
      ok,
      { kind: 'failed', occurrences: 40, issues: [{ severity: 'error', message: 'Erreur HTTP 500' }], httpStatus: 500 },
      night2,
    );
    expect(failed).toMatchObject({
      state: 'error',
      lastSuccess: night1,
      staleSince: night2,
      httpStatus: 500,
      occurrences: 40,
      etag: '"v2"',
    });
    const again = nextSourceStatus(
      'fablab',
      failed,
      { kind: 'failed', occurrences: 40, issues: [], httpStatus: null },
      '2026-11-29T03:00:00+01:00',
    );
    expect(again.staleSince).toBe(night2);
  });

  it('counts the runs in a row a feed failed, with the reason for the partner, and starts again at zero once read', () => {
    const fail = (previous: SourceStatus, night: string) =>
      nextSourceStatus(
        'fablab',
        previous,
        {
          kind: 'failed',
          occurrences: 40,
          issues: [{ severity: 'error', message: 'Le serveur ne répond pas.' }],
          httpStatus: null,
        },
        night,
      );
    const third = fail(fail(fail(ok, night2), '2026-11-29T03:00:00+01:00'), '2026-11-30T03:00:00+01:00');
    expect(third).toMatchObject({ consecutiveFailures: 3, message: 'Le serveur ne répond pas.' });
    const back = nextSourceStatus('fablab', third, read(40, 40), '2026-12-01T03:00:00+01:00');
    expect(back).toMatchObject({ state: 'ok', consecutiveFailures: 0, message: null, staleSince: null });
  });

  it('counts rejected rows and warnings and keeps at most twenty issues', () => {
    const issues = Array.from(
      { length: 25 },
      (_, i) => ({ severity: i < 5 ? 'error' : 'warning', message: `n° ${i}`, line: i + 2 }) as const,
    );
    const status = nextSourceStatus('csv', undefined, read(3, null, issues), night1);
    expect(status).toMatchObject({ state: 'warning', rejected: 5, warnings: 20 });
    expect(status.issues).toHaveLength(20);
  });

  it('treats a 304 as a success that keeps the counts', () => {
    const status = nextSourceStatus(
      'fablab',
      ok,
      { kind: 'not-modified', occurrences: 40, etag: null, lastModified: null },
      night2,
    );
    expect(status).toMatchObject({ state: 'ok', lastSuccess: night2, httpStatus: 304, occurrences: 40, etag: '"v2"' });
  });

  it('leaves the line of a source not tried untouched', () => {
    expect(nextSourceStatus('fablab', ok, { kind: 'skipped', occurrences: 40, reason: 'hors ligne' }, night2)).toBe(ok);
  });
});
