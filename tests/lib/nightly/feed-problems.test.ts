import { describe, expect, it } from 'vitest';
import { SourceSchema, SourceStatusSchema, type SourceStatus } from '../../../src/lib/domain/index.ts';
import { listFeedProblems, partnerContact } from '../../../src/lib/nightly/feed-problems.ts';

const now = new Date('2026-12-01T03:00:00+01:00');
const tonight = '2026-12-01T03:00:00+01:00';
const source = (id: string, extra = {}) =>
  SourceSchema.parse({
    id,
    name: `Agenda ${id}`,
    organisation: 'fablab-janze',
    format: 'ics',
    url: `https://exemple.fr/${id}.ics`,
    ...extra,
  });
const status = (sourceId: string, extra: Partial<SourceStatus> = {}): SourceStatus =>
  SourceStatusSchema.parse({
    sourceId,
    state: 'ok',
    lastAttempt: tonight,
    lastSuccess: tonight,
    httpStatus: 200,
    occurrences: 10,
    rejected: 0,
    warnings: 0,
    issues: [],
    staleSince: null,
    dropFlagged: false,
    etag: null,
    lastModified: null,
    ...extra,
  });
const places = [{ id: 'fablab-janze', name: 'FabLab de Janzé', phone: '0299000000', email: 'fablab@exemple.fr' }];

describe('partnerContact', () => {
  it('takes the contact written in sources.yaml first', () => {
    expect(partnerContact(source('a', { contact: 'agenda@exemple.fr' }), places)).toEqual({
      text: 'agenda@exemple.fr',
      from: 'source',
    });
  });

  it('falls back on the organisation’s public phone and email', () => {
    expect(partnerContact(source('a'), places)).toEqual({
      text: '02 99 00 00 00 · fablab@exemple.fr',
      from: 'organisation',
    });
  });

  it('says nothing when neither is known', () => {
    expect(partnerContact(source('a', { organisation: 'inconnue' }), places)).toBeNull();
  });
});

describe('listFeedProblems', () => {
  it('lists failing, held, stale and partly rejected feeds, alerts first, and leaves healthy ones out', () => {
    const sources = ['ok', 'down', 'down3', 'held', 'old', 'rows', 'never'].map((id) => source(id));
    const statuses = [
      status('ok'),
      status('down', {
        state: 'error',
        consecutiveFailures: 1,
        message: 'Le serveur ne répond pas.',
        staleSince: tonight,
      }),
      status('down3', { state: 'error', consecutiveFailures: 3, staleSince: '2026-11-29T03:00:00+01:00' }),
      status('held', {
        state: 'held',
        hold: { since: tonight, previousUpcoming: 40, newUpcoming: 2, nightsLeft: 3 },
      }),
      status('old', { lastAttempt: '2026-11-20T03:00:00+01:00', lastSuccess: '2026-11-20T03:00:00+01:00' }),
      status('rows', { state: 'warning', rejected: 2 }),
    ];
    const problems = listFeedProblems(statuses, sources, places, now);
    expect(problems.map((p) => [p.sourceId, p.kind, p.alert])).toEqual([
      ['down3', 'failing', true],
      ['held', 'held', true],
      ['down', 'failing', false],
      ['never', 'stale', false],
      ['old', 'stale', false],
      ['rows', 'rejected', false],
    ]);
    expect(problems.find((p) => p.sourceId === 'down')).toMatchObject({
      message: 'Le serveur ne répond pas.',
      contact: { text: '02 99 00 00 00 · fablab@exemple.fr', from: 'organisation' },
    });
  });

  it('ignores disabled sources and statuses of sources no longer in the registry', () => {
    const problems = listFeedProblems(
      [status('gone', { state: 'error' }), status('off', { state: 'error' })],
      [source('off', { enabled: false })],
      places,
      now,
    );
    expect(problems).toEqual([]);
  });
});
