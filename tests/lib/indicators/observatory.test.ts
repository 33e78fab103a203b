import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  SourceSchema,
  SourceStatusSchema,
  type Commune,
  type IndicatorHistory,
  type Taxonomy,
} from '../../../src/lib/domain/index.ts';
import { breakdownCsv, historyCsv } from '../../../src/lib/indicators/indicator-csv.ts';
import { buildObservatory, type Observatory } from '../../../src/lib/indicators/observatory.ts';
import { recordNight } from '../../../src/lib/indicators/record-history.ts';
import { readTaxonomy } from '../../../src/loaders/read-content.ts';
import { makeOccurrence } from '../../support/make-occurrence.ts';
import { root } from '../../support/paths.ts';

const janze: Commune = {
  insee: '35136',
  name: 'Janzé',
  slug: 'janze',
  postalCode: '35150',
  population: 2000,
  centroid: { lat: 47.94, lon: -1.5 },
};
const retiers: Commune = {
  insee: '35239',
  name: 'Retiers',
  slug: 'retiers',
  postalCode: '35240',
  population: 500,
  centroid: { lat: 47.91, lon: -1.34 },
};
const at = (c: Commune) => ({ commune: c.insee, coordinates: c.centroid });

/*
 * Last quarter (T3 2026): 10 Sept. Janzé 2 h (bases); 25 Sept. Retiers 1 h (démarches).
 * This quarter (T4): 5 Oct. Janzé 1 h 30 (sécurité, seniors); 20 Oct. Retiers 2 h CANCELLED; 3 Nov. Retiers 1 h (démarches).
 * Next quarter (T1 2027): 12 Jan. Janzé 3 h (fabrication, jeunes).
 */
const occurrences = [
  makeOccurrence({
    uid: 's1',
    start: '2026-09-10T14:00:00+02:00',
    end: '2026-09-10T16:00:00+02:00',
    themes: ['bases'],
    axes: [2],
    ...at(janze),
  }),
  makeOccurrence({
    uid: 's2',
    start: '2026-09-25T10:00:00+02:00',
    end: '2026-09-25T11:00:00+02:00',
    themes: ['demarches'],
    axes: [2, 4],
    ...at(retiers),
  }),
  makeOccurrence({
    uid: 'o1',
    start: '2026-10-05T14:00:00+02:00',
    end: '2026-10-05T15:30:00+02:00',
    themes: ['securite'],
    axes: [5],
    publics: ['seniors'],
    ...at(janze),
  }),
  makeOccurrence({
    uid: 'o2',
    start: '2026-10-20T14:00:00+02:00',
    end: '2026-10-20T16:00:00+02:00',
    themes: ['demarches'],
    axes: [2, 4],
    status: 'cancelled',
    ...at(retiers),
  }),
  makeOccurrence({
    uid: 'n1',
    start: '2026-11-03T10:00:00+01:00',
    end: '2026-11-03T11:00:00+01:00',
    themes: ['demarches'],
    axes: [2, 4],
    ...at(retiers),
  }),
  makeOccurrence({
    uid: 'j1',
    start: '2027-01-12T14:00:00+01:00',
    end: '2027-01-12T17:00:00+01:00',
    themes: ['fabrication'],
    axes: [5],
    publics: ['jeunes'],
    ...at(janze),
  }),
];
const source = (id: string) =>
  SourceSchema.parse({
    id,
    name: `Agenda ${id}`,
    organisation: 'fablab-janze',
    format: 'ics',
    url: `https://exemple.fr/${id}.ics`,
  });
const status = (sourceId: string, state: 'ok' | 'error') =>
  SourceStatusSchema.parse({
    sourceId,
    state,
    lastAttempt: '2026-10-15T03:00:00+02:00',
    lastSuccess: state === 'ok' ? '2026-10-15T03:00:00+02:00' : '2026-10-10T03:00:00+02:00',
    httpStatus: 200,
    occurrences: 1,
    rejected: 0,
    warnings: 0,
    issues: [],
    staleSince: state === 'ok' ? null : '2026-10-11T03:00:00+02:00',
    dropFlagged: false,
    etag: null,
    lastModified: null,
  });

let taxonomy: Taxonomy;
let obs: Observatory;
beforeAll(async () => {
  taxonomy = await readTaxonomy(path.join(root, 'content'));
  // Two nights of history: 30 September, then 1 October closes the third quarter.
  let history: IndicatorHistory = { quarters: [] };
  history = recordNight(history, { occurrences, now: new Date('2026-09-30T03:00:00+02:00'), dataFrom: '2026-08-31' });
  history = recordNight(history, { occurrences, now: new Date('2026-10-01T03:00:00+02:00'), dataFrom: '2026-09-01' });
  obs = buildObservatory({
    now: new Date('2026-10-15T09:00:00+02:00'),
    dataFrom: '2026-09-15',
    communes: [janze, retiers],
    places: [],
    sources: [source('ok'), source('down')],
    statuses: [status('ok', 'ok'), status('down', 'error')],
    taxonomy,
    occurrences,
    history,
  });
});

describe('buildObservatory', () => {
  it('shows the last quarter from the history, this one as recorded tonight, the next one as announced', () => {
    expect(obs.columns.map((c) => [c.period, c.quarter.id])).toEqual([
      ['previous', '2026-T3'],
      ['current', '2026-T4'],
      ['next', '2027-T1'],
    ]);
    const [previous, current, next] = obs.columns.map((c) => c.figures?.total);
    expect(previous).toEqual({ sessions: 2, minutes: 180, untimed: 0, cancelled: 0 });
    expect(current).toEqual({ sessions: 2, minutes: 150, untimed: 0, cancelled: 1 });
    expect(next).toEqual({ sessions: 1, minutes: 180, untimed: 0, cancelled: 0 });
    expect(obs.columns[0]?.coverageFrom).toBe('2026-08-31');
    expect(obs.population).toBe(2500);
  });

  it('breaks each quarter down by commune, with the population', () => {
    const [j, r] = obs.breakdowns.communes;
    expect(j).toMatchObject({ key: '35136', label: 'Janzé', population: 2000 });
    expect(j?.tallies.map((t) => [t?.sessions, t?.minutes])).toEqual([
      [1, 120],
      [1, 90],
      [1, 180],
    ]);
    expect(r?.tallies.map((t) => [t?.sessions, t?.minutes, t?.cancelled])).toEqual([
      [1, 60, 0],
      [1, 60, 1],
      [0, 0, 0],
    ]);
    expect(obs.breakdowns.communes).toHaveLength(2); // no « commune non précisée » line: every occurrence has one
  });

  it('breaks down by theme, public and axis, every entry of the taxonomy listed', () => {
    const theme = (id: string) => obs.breakdowns.themes.find((r) => r.key === id)?.tallies.map((t) => t?.sessions);
    expect(theme('demarches')).toEqual([1, 1, 0]);
    expect(theme('reparation')).toEqual([0, 0, 0]);
    expect(obs.breakdowns.themes).toHaveLength(taxonomy.themes.length);
    const pub = (id: string) => obs.breakdowns.publics.find((r) => r.key === id)?.tallies.map((t) => t?.sessions);
    expect(pub('tout-public')).toEqual([2, 1, 0]);
    expect(pub('seniors')).toEqual([0, 1, 0]);
    const axis = (id: string) => obs.breakdowns.axes.find((r) => r.key === id)?.tallies.map((t) => t?.minutes);
    expect(axis('2')).toEqual([180, 60, 0]);
    expect(axis('5')).toEqual([0, 90, 180]);
  });

  it('draws the trend from the recorded quarters', () => {
    expect(obs.trend.map((p) => [p.quarter.id, p.closed, p.figures.total.sessions])).toEqual([
      ['2026-T3', true, 2],
      ['2026-T4', false, 2],
    ]);
  });

  it('lists the feeds failing or stale', () => {
    expect(obs.feeds.map((f) => [f.sourceId, f.kind])).toEqual([['down', 'failing']]);
  });
});

describe('the indicator CSV files', () => {
  it('write one line per quarter and commune, with the rates per 1 000 inhabitants', () => {
    const lines = breakdownCsv(obs, 'communes').replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      'trimestre;periode;compte_a_partir_du;code_insee;commune;habitants;seances;heures;seances_sans_horaires;annulees;seances_pour_1000_hab;heures_pour_1000_hab',
    );
    // Janzé this quarter: 1 session, 1.5 h; per 1 000: 1 000 / 2 000 = 0.5 and 1.5 × 1 000 / 2 000 = 0.75 → 0.8.
    expect(lines).toContain('2026-T4;en cours;2026-10-01;35136;Janzé;2000;1;1,5;0;0;0,5;0,8');
    // Retiers this quarter: 1 session, 1 h, 1 cancelled; per 1 000: 2 and 2.
    expect(lines).toContain('2026-T4;en cours;2026-10-01;35239;Retiers;500;1;1;0;1;2;2');
    expect(lines).toContain('2026-T3;dernier;2026-08-31;35136;Janzé;2000;1;2;0;0;0,5;1');
    expect(lines.filter((l) => l.startsWith('2027-T1'))).toHaveLength(2);
  });

  it('write the history with its cancelled share', () => {
    const lines = historyCsv(obs).replace('\uFEFF', '').split('\r\n');
    // T4: 2 sessions held, 1 cancelled → a third cancelled.
    expect(lines).toContain('2026-T4;2026-10-01;non;2;2,5;0;1;0,333;');
    expect(lines).toContain('2026-T3;2026-08-31;oui;2;3;0;0;0;');
  });
});
