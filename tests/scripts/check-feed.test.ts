import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths.ts';

const run = promisify(execFile);
const CSV = 'tests/fixtures/feeds/ateliers.csv';
const NOW = '2026-11-28T10:00:00+01:00';

/** Runs `node scripts/check-feed.ts` and returns its exit code and output. */
async function checkFeed(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/check-feed.ts', ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

interface CheckJson {
  events: Record<string, unknown>[];
  issues: { severity: string; message: string; line?: number }[];
}

describe('npm run check-feed', () => {
  it('prints its usage with --help and exits with 0', async () => {
    const { code, stdout } = await checkFeed('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage : npm run check-feed -- <fichier-ou-url>/);
    expect(stdout).toContain('--json');
    expect(stdout).toContain('Sortie 0 : flux utilisable');
  });

  it('says a calendar cut short is unusable, as the nightly run would refuse it', async () => {
    const ics = await readFile(path.join(root, 'tests/fixtures/feeds/ateliers.ics'), 'utf8');
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'reperes-check-')), 'coupe.ics');
    await writeFile(file, ics.slice(0, ics.lastIndexOf('BEGIN:VEVENT')));
    const { code, stdout } = await checkFeed(file, '--now', NOW);
    expect(code).toBe(1);
    expect(stdout).toContain('Le calendrier reçu est incomplet');
  });

  it('answers with exactly one JSON document of occurrences and issues', async () => {
    const { code, stdout } = await checkFeed(CSV, '--json', '--now', NOW);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as CheckJson;
    expect(Object.keys(result)).toEqual(['events', 'issues']);
    expect(result.events.map((e) => [e['title'], e['start'], e['location']])).toEqual([
      ['Atelier tablette', '2026-12-02T14:00:00+01:00', 'Salle du conseil, Janzé'],
      ['Déclarer ses impôts en ligne', '2026-12-09T10:00:00+01:00', 'Retiers'],
      ['Initiation impression 3D', '2026-12-16T14:30:00+01:00', 'Amanlis'],
    ]);
    for (const event of result.events) {
      for (const key of [
        'id',
        'seriesId',
        'title',
        'description',
        'start',
        'end',
        'allDay',
        'status',
        'location',
        'url',
      ]) {
        expect(event).toHaveProperty(key);
      }
      expect(event['description']).toBeNull();
      expect(event['url']).toBeNull();
    }
    expect(result.issues).toEqual([{ severity: 'error', message: expect.any(String) as unknown, line: 5 }]);
  });

  it('reads an iCalendar file as the nightly ingest does: series, override, cancellation, no private event', async () => {
    const { code, stdout } = await checkFeed('tests/fixtures/feeds/ateliers.ics', '--json', '--now', NOW);
    expect(code).toBe(0);
    const { events } = JSON.parse(stdout) as CheckJson;
    // The commune comes from the location text (the directory of the repository may grow: no place id asserted).
    expect(events.map((e) => [e['start'], e['title'], e['status'], e['commune']])).toEqual([
      ['2026-12-02T14:00:00+01:00', 'Café numérique', 'confirmed', '35136'],
      ['2026-12-09T15:00:00+01:00', 'Café numérique (spécial arnaques)', 'confirmed', '35136'],
      ['2026-12-10T10:00:00+01:00', 'Déclarer ses impôts en ligne', 'cancelled', '35002'],
      ['2026-12-19', 'Fête du numérique', 'confirmed', null],
      ['2026-12-23T14:00:00+01:00', 'Café numérique', 'confirmed', '35136'],
    ]);
    expect(
      new Set(
        events
          .filter((e) => e['title'] !== 'Fête du numérique' && e['status'] !== 'cancelled')
          .map((e) => e['seriesId']),
      ).size,
    ).toBe(1);
    expect(events.find((e) => e['status'] === 'cancelled')).toMatchObject({
      url: 'https://exemple.fr/impots',
      allDay: false,
    });
  });

  it('keeps only the occurrences overlapping --from and --to', async () => {
    const { stdout } = await checkFeed(CSV, '--json', '--from', '2026-12-05', '--to', '2026-12-10');
    expect((JSON.parse(stdout) as CheckJson).events.map((e) => e['title'])).toEqual(['Déclarer ses impôts en ligne']);
    const { stdout: past } = await checkFeed(CSV, '--json', '--now', '2028-01-01T10:00:00+01:00');
    expect((JSON.parse(past) as CheckJson).events).toEqual([]);
  });

  it('writes a French report for the partner without --json', async () => {
    const { code, stdout } = await checkFeed(CSV, '--now', NOW);
    expect(code).toBe(0);
    expect(stdout).toContain('Format lu : tableau CSV');
    expect(stdout).toContain('Résultat : flux utilisable. 3 dates lues (3 événements), dont 0 annulée.');
    expect(stdout).toMatch(/ligne 5 — ERREUR : .+/);
  });

  it('sniffs the format of a file without extension', async () => {
    const { code, stdout } = await checkFeed('tests/fixtures/feeds/export-sans-extension', '--json', '--now', NOW);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as CheckJson).events).toHaveLength(3);
  });

  it('exits with 1 for a web page, a missing file or a feed of the wrong format', async () => {
    const page = await checkFeed('tests/fixtures/feeds/page-de-connexion.ics', '--json');
    expect(page.code).toBe(1);
    expect(JSON.parse(page.stdout)).toEqual({
      events: [],
      issues: [{ severity: 'error', message: expect.stringMatching(/page web/) as unknown }],
    });
    const missing = await checkFeed('tests/fixtures/feeds/absent.ics');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('fichier introuvable');
    expect((await checkFeed(CSV, '--format', 'ics', '--json')).code).toBe(1);
  });

  it.each([
    [[]],
    [[CSV, 'autre.csv']],
    [[CSV, '--format', 'xlsx']],
    [[CSV, '--from', '2026-13-01']],
    [[CSV, '--now', 'demain']],
    [[CSV, '--from', '2026-12-10', '--to', '2026-12-01']],
    [[CSV, '--verbeux']],
  ])('exits with 2 and shows the usage for wrong arguments %j', async (args) => {
    const { code, stderr, stdout } = await checkFeed(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage : npm run check-feed --');
  });
});
