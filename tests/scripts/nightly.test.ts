import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorHistorySchema, StatusFileSchema, type SourceEvents } from '../../src/lib/domain/index.ts';
import { makeContentCopy } from '../support/content-copy.ts';
import { startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { root } from '../support/paths.ts';

const run = promisify(execFile);
const NIGHT_1 = '2026-12-01T03:00:00+01:00';
const NIGHT_2 = '2026-12-02T03:00:00+01:00';
/** Places kept in the content copy: the fewer, the faster each build. */
const PLACES = ['fablab-janze', 'mediatheque-janze', 'orditous', 'pij-janze'];

interface VEvent {
  uid: string;
  title: string;
  start: string;
  end: string;
  rrule?: string;
  status?: string;
}

function calendar(events: readonly VEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Repères//Test nuit//FR'];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, 'DTSTAMP:20261120T080000Z', `DTSTART:${e.start}`, `DTEND:${e.end}`);
    lines.push(`SUMMARY:${e.title}`, 'LOCATION:Janzé');
    if (e.rrule !== undefined) lines.push(`RRULE:${e.rrule}`);
    if (e.status !== undefined) lines.push(`STATUS:${e.status}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

const openlab: VEvent = {
  uid: 'openlab@fablab',
  title: 'OpenLab du mercredi',
  start: '20261202T130000Z',
  end: '20261202T170000Z',
  rrule: 'FREQ=WEEKLY;COUNT=8',
};
const stage: VEvent = {
  uid: 'stage@fablab',
  title: 'Stage impression 3D',
  start: '20261216T090000Z',
  end: '20261216T160000Z',
};
const tablette: VEvent = {
  uid: 'tablette@media',
  title: 'Initiation tablette',
  start: '20261205T090000Z',
  end: '20261205T110000Z',
};
const cafe: VEvent = { uid: 'cafe@media', title: 'Café numérique', start: '20261209T140000Z', end: '20261209T160000Z' };
const repair: VEvent = {
  uid: 'repair@orditous',
  title: 'Repair café',
  start: '20261212T090000Z',
  end: '20261212T120000Z',
};
const pijSessions: VEvent[] = Array.from({ length: 12 }, (_, i) => ({
  uid: `pij-${i}@pij`,
  title: `Atelier CV n° ${i + 1}`,
  start: `202612${String(3 + i).padStart(2, '0')}T140000Z`,
  end: `202612${String(3 + i).padStart(2, '0')}T160000Z`,
}));

/** What each feed answers, night by night: one event added, one cancelled, one feed down, one emptied. */
const FEEDS: Record<string, [night1: () => [number, string], night2: () => [number, string]]> = {
  '/fablab.ics': [() => [200, calendar([openlab])], () => [200, calendar([openlab, stage])]],
  '/mediatheques.ics': [
    () => [200, calendar([tablette, cafe])],
    () => [200, calendar([{ ...tablette, status: 'CANCELLED' }, cafe])],
  ],
  '/orditous.ics': [() => [200, calendar([repair])], () => [503, 'Service Unavailable']],
  '/pij.ics': [() => [200, calendar(pijSessions)], () => [200, calendar([])]],
};

let server: FeedServer;
let night = 0;
let content: string;
let out: string;
let summaryFile: string;

const source = (id: string, organisation: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Agenda ${id}`,
  organisation,
  format: 'ics',
  url: server.url(`/${id}.ics`),
  ...extra,
});

/** Keeps a few places and no generated data: the copy starts as a new deployment would. */
async function trimContent(dir: string): Promise<void> {
  for (const name of await readdir(path.join(dir, 'places'))) {
    if (!PLACES.includes(name.replace(/\.md$/, ''))) await rm(path.join(dir, 'places', name));
  }
  await rm(path.join(dir, 'events'), { recursive: true, force: true });
  await rm(path.join(dir, 'status.json'), { force: true });
  const pij = path.join(dir, 'places/pij-janze.md');
  const text = await readFile(pij, 'utf8');
  await writeFile(pij, text.replace(/^kind: pij$/m, "kind: pij\nphone: '02 99 47 00 00'\nemail: pij@exemple.fr"));
}

async function nightly(now: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['run', 'nightly', '--', '--now', now, '--content', content, '--out', out, '--summary', summaryFile];
  try {
    const { stdout, stderr } = await run('npm', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const eventsOf = async (id: string) =>
  JSON.parse(await readFile(path.join(content, 'events', `${id}.json`), 'utf8')) as SourceEvents;
const statusOf = async () =>
  StatusFileSchema.parse(JSON.parse(await readFile(path.join(content, 'status.json'), 'utf8')));
const historyOf = async () =>
  IndicatorHistorySchema.parse(JSON.parse(await readFile(path.join(content, 'indicators/history.json'), 'utf8')));
const titles = (file: SourceEvents) => [...new Set(file.occurrences.map((o) => o.title))].sort();

/** The built page of the event with this title (event pages are /evenements/<slug>/). */
async function eventPage(title: string): Promise<string> {
  const dir = path.join(out, 'evenements');
  for (const slug of await readdir(dir)) {
    const file = path.join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const html = await readFile(file, 'utf8');
    if (html.includes(`<h1`) && html.includes(title)) return html;
  }
  throw new Error(`aucune page d’événement pour « ${title} »`);
}

beforeAll(async () => {
  server = await startFeedServer();
  for (const [route, answers] of Object.entries(FEEDS)) {
    server.route(route, (_request, response) => {
      const [status, body] = answers[night]?.() ?? [500, 'nuit inconnue'];
      response.writeHead(status, { 'content-type': 'text/calendar; charset=utf-8' }).end(body);
    });
  }
  const sources = [
    source('fablab', 'fablab-janze'),
    source('mediatheques', 'mediatheque-janze'),
    source('orditous', 'orditous', { contact: 'orditous@exemple.fr' }),
    source('pij', 'pij-janze'),
  ];
  content = await makeContentCopy(sources);
  await trimContent(content);
  out = path.join(path.dirname(content), 'dist');
  summaryFile = path.join(path.dirname(content), 'resume.md');
});
afterAll(async () => {
  await server.close();
  await rm(path.dirname(content), { recursive: true, force: true });
});

describe('npm run nightly, two nights in a row against a feed server', () => {
  let first: { orditous: string; pij: string };

  it('first night: reads every feed, builds the site and says everything is new', async () => {
    night = 0;
    const result = await nightly(NIGHT_1);
    expect(result.code, result.stderr).toBe(0);
    expect(titles(await eventsOf('fablab'))).toEqual(['OpenLab du mercredi']);
    expect((await eventsOf('pij')).occurrences).toHaveLength(12);
    const status = await statusOf();
    expect(status.sources.map((s) => [s.sourceId, s.state])).toEqual([
      ['fablab', 'ok'],
      ['mediatheques', 'ok'],
      ['orditous', 'ok'],
      ['pij', 'ok'],
    ]);
    expect(await eventPage('Repair café')).toContain('Repair café');
    expect(await readFile(path.join(out, 'agenda.ics'), 'utf8')).toContain('SUMMARY:Initiation tablette');
    expect(existsSync(path.join(out, 'pagefind'))).toBe(true);
    const summary = await readFile(summaryFile, 'utf8');
    expect(result.stdout).toContain(summary.trim());
    expect(summary).toMatch(/^# Repères numériques — nuit du mardi 1er décembre 2026$/m);
    expect(summary).toContain('### Nouveaux (16)');
    expect(summary).toContain('- « OpenLab du mercredi » — Agenda fablab — mercredi 2 décembre, 14 h (8 dates)');
    expect(summary).toContain('Les 4 flux ont été lus sans problème.');
    expect(summary).not.toContain('## Alertes');
    // The quarter's figures join the indicators' history, and the observatory shows them.
    const t4 = (await historyOf()).quarters.find((q) => q.quarter === '2026-T4');
    expect(t4).toMatchObject({ settledUntil: '2026-12-01', updatedAt: NIGHT_1 });
    expect(await readFile(path.join(out, 'observatoire/index.html'), 'utf8')).toContain('T4 2026');
    first = {
      orditous: await readFile(path.join(content, 'events/orditous.json'), 'utf8'),
      pij: await readFile(path.join(content, 'events/pij.json'), 'utf8'),
    };
  }, 300_000);

  it('second night: one event added, one cancelled, a feed down and a feed emptied keep their data; the site is built', async () => {
    night = 1;
    const result = await nightly(NIGHT_2);
    expect(result.code, result.stderr).toBe(0);

    // Data: the new event is in, the cancelled one is marked, the failing and emptied feeds keep their last good data.
    expect(titles(await eventsOf('fablab'))).toEqual(['OpenLab du mercredi', 'Stage impression 3D']);
    const tablet = (await eventsOf('mediatheques')).occurrences.find((o) => o.title === 'Initiation tablette');
    expect(tablet?.status).toBe('cancelled');
    expect(await readFile(path.join(content, 'events/orditous.json'), 'utf8')).toBe(first.orditous);
    expect(await readFile(path.join(content, 'events/pij.json'), 'utf8')).toBe(first.pij);
    const status = new Map((await statusOf()).sources.map((s) => [s.sourceId, s]));
    expect(status.get('orditous')).toMatchObject({ state: 'error', httpStatus: 503, consecutiveFailures: 1 });
    expect(['error', 'held']).toContain(status.get('pij')?.state);

    // Built site: the new event has its page, the cancelled date says so, the kept data is still published.
    expect(await eventPage('Stage impression 3D')).toContain('Stage impression 3D');
    expect(await eventPage('Initiation tablette')).toContain('Annulé');
    expect(await eventPage('Repair café')).toContain('Repair café');
    expect(await readFile(path.join(out, 'agenda.ics'), 'utf8')).toContain('SUMMARY:Stage impression 3D');

    // Summary: what changed for residents, then each feed that needs someone, with whom to call.
    const summary = await readFile(summaryFile, 'utf8');
    expect(summary).toMatch(/^# Repères numériques — nuit du mercredi 2 décembre 2026$/m);
    expect(summary).toContain(
      '### Nouveaux (1)\n\n- « Stage impression 3D » — Agenda fablab — mercredi 16 décembre, 10 h',
    );
    expect(summary).toContain(
      '### Annulés (1)\n\n- « Initiation tablette » — Agenda mediatheques — samedi 5 décembre, 10 h — annulé par le partenaire',
    );
    expect(summary).not.toContain('### Modifiés');
    expect(summary).toMatch(
      /- \*\*Agenda orditous\*\* \(`orditous`\) : pas lu cette nuit ; les données du mardi 1er décembre restent publiées ; .* Contact : orditous@exemple\.fr\./,
    );
    expect(summary).toMatch(
      /- \*\*Agenda pij\*\* \(`pij`\) : .* Contact : 02 99 47 00 00 · pij@exemple\.fr \(structure organisatrice\)\./,
    );
    expect(summary).not.toContain('Agenda fablab** (`fablab`)');
    expect((await historyOf()).quarters.find((q) => q.quarter === '2026-T4')).toMatchObject({
      settledUntil: '2026-12-02',
      updatedAt: NIGHT_2,
    });
  }, 300_000);
});
