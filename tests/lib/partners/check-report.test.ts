import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCheckerDirectory, readCheckerDirectory } from '../../../src/lib/partners/checker-directory.ts';
import { runFeedCheck } from '../../../src/lib/partners/run-feed-check.ts';
import { communes, places, taxonomy } from '../../support/ingest-fixtures.ts';
import { root } from '../../support/paths.ts';

const NOW = new Date('2026-11-28T10:00:00+01:00');
const directory = toCheckerDirectory({ places, communes, taxonomy });
const fixture = (name: string) => ({
  bytes: new Uint8Array(readFileSync(path.join(root, 'tests/fixtures/feeds', name))),
  name,
});

describe('runFeedCheck', () => {
  it('writes the agenda lines of the site: a series once at its next date, « Annulé », no private event', () => {
    const report = runFeedCheck(fixture('ateliers.ics'), directory, NOW);
    expect(report.usable).toBe(true);
    expect(report.verdict).toBe('Ce fichier peut être publié.');
    expect(report.counts).toEqual({ occurrences: 5, upcoming: 5, events: 3, errors: 0, warnings: 1 });
    const lines = report.days.flatMap((d) => d.lines.map((l) => [d.heading, l.status, l.title, l.time, l.more]));
    expect(lines).toEqual([
      ['Mercredi 2 décembre', null, 'Café numérique', '14 h – 16 h', 'et 2 autres dates'],
      ['Jeudi 10 décembre', 'Annulé', 'Déclarer ses impôts en ligne', '10 h – 12 h', null],
      ['Samedi 19 décembre', null, 'Fête du numérique', 'toute la journée', null],
    ]);
    expect(report.days[0]?.lines[0]).toMatchObject({
      where: 'Médiathèque de Janzé',
      themes: 'Apprendre les bases',
      publics: 'Seniors',
    });
    expect(JSON.stringify(report)).not.toContain('Dupont');
    expect(report.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        where: 'Tout le fichier',
        message: expect.stringMatching(/privé/) as unknown,
      }),
    ]);
  });

  it('lists each problem with its line, whole-file ones first', () => {
    const report = runFeedCheck(fixture('ateliers.csv'), directory, NOW);
    expect(report.verdict).toBe(
      'Ce fichier peut être publié, mais une partie n’a pas pu être lue : voyez les problèmes ci-dessous.',
    );
    expect(report.issues.map((i) => [i.where, i.severityLabel])).toEqual([['Ligne 5', 'Erreur']]);
    expect(report.facts).toEqual([
      'Lu comme : un tableau (CSV).',
      '3 dates lues dans la période (le mois passé et l’année à venir), dont 3 à venir, pour 3 événements.',
      '1 erreur.',
    ]);
  });

  it('refuses a web page saved as .ics, saying what to give instead', () => {
    const report = runFeedCheck(fixture('page-de-connexion.ics'), directory, NOW);
    expect(report.usable).toBe(false);
    expect(report.verdict).toBe('Ce fichier ne peut pas être publié en l’état.');
    expect(report.days).toEqual([]);
    expect(report.issues[0]?.message).toMatch(/page web \(HTML\)/);
  });

  it('reads back the directory the page carries', () => {
    const back = readCheckerDirectory(JSON.stringify(directory));
    expect(back.places.map((p) => p.id)).toEqual(places.map((p) => p.id));
    expect(() => readCheckerDirectory('{"places":1}')).toThrow(/illisibles/);
  });
});
