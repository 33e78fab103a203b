import { describe, expect, it } from 'vitest';
import { DEFAULT_FEED_BUDGET, type SourceStatus } from '../../../src/lib/domain/index.ts';
import { nextSourceStatus, type SourceOutcome } from '../../../src/lib/ingest/next-source-status.ts';

const night1 = '2026-11-27T03:00:00+01:00';
const night2 = '2026-11-28T03:00:00+01:00';
const budget = DEFAULT_FEED_BUDGET;
const usage = { bytes: 1_000, events: 4, occurrences: 40, series: 4 };
const common = { budget, setAside: null };

const read = (occurrences: number, issues: SourceStatus['issues'] = []): Extract<SourceOutcome, { kind: 'read' }> => ({
  ...common,
  kind: 'read',
  via: 'download',
  occurrences,
  upcoming: occurrences - 2,
  issues,
  httpStatus: 200,
  etag: '"v2"',
  lastModified: null,
  usage: { ...usage, occurrences },
  droppedAfterHold: null,
});
const failed = (message: string, httpStatus: number | null = null): SourceOutcome => ({
  ...common,
  kind: 'failed',
  occurrences: 40,
  upcoming: 38,
  issues: [{ severity: 'error', message }],
  detail: 'code=network ECONNRESET\nsocket hang up',
  httpStatus,
  usage: null,
});
const hold = { since: night2, previousUpcoming: 38, newUpcoming: 1, nightsLeft: 2 };

describe('nextSourceStatus', () => {
  const ok = nextSourceStatus('fablab', undefined, read(40), night1);

  it('records a successful read with its counts, what it used, its budget and its validators', () => {
    expect(ok).toMatchObject({
      state: 'ok',
      message: null,
      detail: null,
      lastAttempt: night1,
      lastSuccess: night1,
      occurrences: 40,
      upcoming: 38,
      usage: { bytes: 1_000, events: 4, occurrences: 40, series: 4 },
      budget: DEFAULT_FEED_BUDGET,
      etag: '"v2"',
      staleSince: null,
      hold: null,
    });
  });

  it('keeps the last success, the validators of the last body accepted, and marks the data stale since the first failure', () => {
    const first = nextSourceStatus('fablab', ok, failed('Erreur HTTP 500 : le serveur est en panne.', 500), night2);
    expect(first).toMatchObject({
      state: 'error',
      lastSuccess: night1,
      staleSince: night2,
      httpStatus: 500,
      occurrences: 40,
      etag: '"v2"',
      usage: ok.usage,
    });
    const again = nextSourceStatus('fablab', first, failed('Le serveur ne répond pas.'), '2026-11-29T03:00:00+01:00');
    expect(again.staleSince).toBe(night2);
  });

  it('gives the partner one line of French and the administrator the cause, on one line too', () => {
    const status = nextSourceStatus('fablab', ok, failed('Le serveur ne répond pas.\nRéessayé deux fois.'), night2);
    expect(status.message).toBe('Le serveur ne répond pas. Réessayé deux fois.');
    expect(status.detail).toBe('code=network ECONNRESET socket hang up');
  });

  it('counts the runs in a row a feed failed and starts again at zero once read', () => {
    const fail = (previous: SourceStatus, night: string) =>
      nextSourceStatus('fablab', previous, failed('Le serveur ne répond pas.'), night);
    const third = fail(fail(fail(ok, night2), '2026-11-29T03:00:00+01:00'), '2026-11-30T03:00:00+01:00');
    expect(third).toMatchObject({ consecutiveFailures: 3, message: 'Le serveur ne répond pas.' });
    const back = nextSourceStatus('fablab', third, read(40), '2026-12-01T03:00:00+01:00');
    expect(back).toMatchObject({ state: 'ok', consecutiveFailures: 0, message: null, detail: null, staleSince: null });
  });

  it('counts rejected rows and warnings, keeps at most twenty issues and tells the partner to look at them', () => {
    const issues = Array.from(
      { length: 25 },
      (_, i) => ({ severity: i < 5 ? 'error' : 'warning', message: `n° ${i}`, line: i + 2 }) as const,
    );
    const status = nextSourceStatus('csv', undefined, read(3, issues), night1);
    expect(status).toMatchObject({ state: 'warning', rejected: 5, warnings: 20 });
    expect(status.issues).toHaveLength(20);
    expect(status.message).toBe(
      'Flux lu, avec 5 événements ou lignes ignorés et 20 avertissements : vérifiez dans votre agenda ou votre tableur les points listés ci-dessous.',
    );
  });

  it('holds a sudden drop: state held, the hold, the data kept counted, the new read’s usage, no failure counted', () => {
    const outcome: SourceOutcome = {
      ...common,
      kind: 'held',
      occurrences: 40,
      upcoming: 38,
      hold,
      issues: [],
      httpStatus: 200,
      usage,
    };
    const status = nextSourceStatus('fablab', ok, outcome, night2);
    expect(status).toMatchObject({
      state: 'held',
      hold,
      occurrences: 40,
      upcoming: 38,
      consecutiveFailures: 0,
      lastSuccess: night2,
      staleSince: night2,
      etag: '"v2"',
    });
    expect(status.message).toBe(
      'Le flux ne donne plus que 1 date à venir (contre 38 auparavant) : par prudence, les données précédentes restent affichées encore 2 nuits. Si ce n’est pas voulu, vérifiez votre agenda ; sinon, il n’y a rien à faire.',
    );
    expect(status.detail).toContain('38 → 1');
  });

  it('keeps a hold in force through a failure, and flags the drop the night it is accepted', () => {
    const held = nextSourceStatus(
      'fablab',
      ok,
      { ...common, kind: 'held', occurrences: 40, upcoming: 38, hold, issues: [], httpStatus: 200, usage },
      night2,
    );
    const down = nextSourceStatus('fablab', held, failed('Le serveur ne répond pas.'), '2026-11-29T03:00:00+01:00');
    expect(down).toMatchObject({ state: 'error', hold });
    const accepted = nextSourceStatus(
      'fablab',
      down,
      { ...read(1), droppedAfterHold: { ...hold, nightsLeft: 0 } },
      '2026-12-01T03:00:00+01:00',
    );
    expect(accepted).toMatchObject({ state: 'warning', dropFlagged: true, hold: null, occurrences: 1 });
    expect(accepted.message).toMatch(
      /^Le nombre de dates à venir a fortement baissé \(38 → 1\) depuis le 28\/11\/2026/,
    );
  });

  it('names a damaged file set aside', () => {
    expect(
      nextSourceStatus('fablab', ok, { ...read(40), setAside: 'set-aside/events-fablab.x.json' }, night2),
    ).toMatchObject({
      setAside: 'set-aside/events-fablab.x.json',
    });
  });

  it('leaves the line of a source not tried untouched', () => {
    const skipped: SourceOutcome = { ...common, kind: 'skipped', occurrences: 40, upcoming: 38, reason: 'hors ligne' };
    expect(nextSourceStatus('fablab', ok, skipped, night2)).toBe(ok);
  });
});
