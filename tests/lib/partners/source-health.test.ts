import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SourceRegistrySchema, StatusFileSchema } from '../../../src/lib/domain/index.ts';
import {
  budgetUseOf,
  commonBudget,
  describeBudget,
  healthCounts,
  needsAttention,
  sortByHealth,
  toSourceHealth,
  type SourceHealth,
} from '../../../src/lib/partners/source-health.ts';
import { root } from '../../support/paths.ts';

// The fixture site's feeds (tests/fixtures/shared-site/): one per state the partners' page shows.
const status = StatusFileSchema.parse(
  JSON.parse(readFileSync(path.join(root, 'tests/fixtures/shared-site/status.json'), 'utf8')),
);
// The fixture site's registry holds other tests' feeds too: these are the `partenaire-*` ones.
const sources = SourceRegistrySchema.parse(
  parse(readFileSync(path.join(root, 'tests/fixtures/shared-site/sources.yaml'), 'utf8')),
).sources.filter((s) => s.id.startsWith('partenaire-'));

function healthOf(id: string): SourceHealth {
  const source = sources.find((s) => s.id === id);
  if (source === undefined) throw new Error(`source ${id} absente de la fixture`);
  return toSourceHealth(
    source,
    status.sources.find((s) => s.sourceId === id),
    status.generatedAt,
  );
}

describe('toSourceHealth', () => {
  it('says « À jour » for a feed read without problem, with its last success and upcoming dates', () => {
    const health = healthOf('partenaire-a-jour');
    expect(health).toMatchObject({
      kind: 'ok',
      label: 'À jour',
      message: null,
      details: [],
      lastSuccess: 'mardi 1er décembre 2026 à 9 h',
      upcoming: 30,
      format: 'Agenda iCal (.ics)',
    });
    expect(health.budget?.text).toBe('moins de 1 % (taille du fichier)');
  });

  it('lists the issues of a feed read with remarks, with their lines', () => {
    const health = healthOf('partenaire-remarques');
    expect(health.kind).toBe('warning');
    expect(health.label).toBe('À jour, avec des remarques');
    expect(health.format).toBe('Tableur (CSV)');
    expect(health.issues.map((i) => [i.line, i.message.slice(0, 30)])).toEqual([
      [7, 'Ligne ignorée : date « 31/02/2'],
      [1, 'Colonnes ignorées (non reconnu'],
    ]);
  });

  it('says « Retenu : chute soudaine » with the counts of a hold and since when the data is kept', () => {
    const health = healthOf('partenaire-retenu');
    expect(health.label).toBe('Retenu : chute soudaine');
    expect(health.message).toMatch(/^Le flux ne donne plus que 3 dates à venir/);
    expect(health.details).toEqual([
      'Le flux ne donne plus que 3 dates à venir, contre 120 avant.',
      'Données conservées depuis le lundi 30 novembre 2026.',
    ]);
  });

  it.each([
    ['partenaire-introuvable', /^Erreur HTTP 404 : le flux est introuvable/],
    ['partenaire-injoignable', /^Le serveur du flux ne répond pas/],
    ['partenaire-page-web', /renvoie une page web \(HTML\)/],
    ['partenaire-tronque', /^Le calendrier reçu est incomplet/],
    ['partenaire-trop-gros', /^Le flux donne plus de 20 000 dates/],
  ])('says « En erreur » with the reason in French and what to do: %s', (id, reason) => {
    const health = healthOf(id);
    expect(health.kind).toBe('error');
    expect(health.label).toBe('En erreur');
    expect(health.message).toMatch(reason);
    expect(health.details.at(-1)).toBe(
      'Vérifiez le lien ou le fichier avec la page « Vérifier », puis corrigez-le dans votre agenda.',
    );
  });

  it('says since when the data is kept and how many nights a feed has failed', () => {
    expect(healthOf('partenaire-ancien').details).toEqual([
      'Données conservées depuis le lundi 23 novembre 2026.',
      '9 nuits de suite sans lecture.',
      'Vérifiez le lien ou le fichier avec la page « Vérifier », puis corrigez-le dans votre agenda.',
    ]);
    expect(healthOf('partenaire-ancien').lastSuccess).toBe('dimanche 22 novembre 2026 à 3 h');
  });

  it('flags the feed over its budget by the field it passed', () => {
    expect(healthOf('partenaire-trop-gros').budget).toEqual({
      field: 'occurrences',
      percent: 100,
      over: true,
      text: 'Limite dépassée : dates gardées, 20\u202f001 pour 20\u202f000 au plus',
    });
  });

  it('tells a feed that was not tried by the last run', () => {
    expect(healthOf('partenaire-pas-relu').details).toEqual([
      'Pas relu lors de la dernière nuit (dernier essai le samedi 28 novembre 2026).',
    ]);
  });

  it('marks demo feeds as examples', () => {
    expect(healthOf('partenaire-exemple').demo).toBe(true);
    expect(healthOf('partenaire-a-jour').demo).toBe(false);
  });

  it('says when a feed was never read, and when it is disabled', () => {
    expect(healthOf('partenaire-nouveau')).toMatchObject({
      kind: 'never',
      label: 'Pas encore lu',
      lastSuccess: 'jamais',
      upcoming: null,
      budget: null,
    });
    expect(healthOf('partenaire-desactive')).toMatchObject({ kind: 'disabled', label: 'Désactivé' });
  });
});

describe('budgetUseOf', () => {
  const budget = { bytes: 1000, events: 100, occurrences: 200, series: 10 };

  it('gives the field most used, in whole percent', () => {
    expect(budgetUseOf({ bytes: 100, events: 5, occurrences: 150, series: 2 }, budget)).toMatchObject({
      field: 'occurrences',
      percent: 75,
      over: false,
      text: '75 % (dates gardées)',
    });
  });

  it('writes sizes in French units', () => {
    const use = budgetUseOf(
      { bytes: 20 * 1024 * 1024, events: 1, occurrences: 1, series: 1 },
      {
        ...budget,
        bytes: 10 * 1024 * 1024,
      },
    );
    expect(use?.text).toBe('Limite dépassée : taille du fichier, 20 Mo pour 10 Mo au plus');
  });

  it('says nothing before a feed was measured', () => {
    expect(budgetUseOf(null, budget)).toBeNull();
    expect(budgetUseOf({ bytes: 1, events: 1, occurrences: 1, series: 1 }, null)).toBeNull();
  });
});

describe('sortByHealth and healthCounts', () => {
  const all = sources.map((s) => healthOf(s.id));

  it('lists feeds in trouble first, then by name', () => {
    expect(sortByHealth(all).map((h) => h.kind)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
      'held',
      'warning',
      'never',
      'disabled',
      'ok',
      'ok',
      'ok',
    ]);
    expect(sortByHealth(all)[0]?.name).toBe('Agenda en panne depuis longtemps');
  });

  it('counts the feeds of each state, worst first', () => {
    expect(healthCounts(all)).toEqual([
      '6 en erreur',
      '1 retenu',
      '1 avec des remarques',
      '1 pas encore lu',
      '1 désactivé',
      '3 à jour',
    ]);
  });
});

describe('needsAttention', () => {
  it('asks for attention on every feed in trouble, not on those « à jour » with nothing to say nor disabled ones', () => {
    const attention = sources.filter((s) => needsAttention(healthOf(s.id))).map((s) => healthOf(s.id).kind);
    expect(new Set(attention)).toEqual(new Set(['error', 'held', 'warning', 'never', 'ok']));
    expect(needsAttention(healthOf('partenaire-a-jour'))).toBe(false);
    expect(needsAttention(healthOf('partenaire-pas-relu'))).toBe(true);
    for (const s of sources.filter((s) => !s.enabled)) expect(needsAttention(healthOf(s.id))).toBe(false);
  });

  it('asks for attention on a feed « à jour » over a limit of its budget', () => {
    const fine = healthOf('partenaire-a-jour');
    const over = { field: 'occurrences' as const, percent: 120, over: true, text: 'Limite dépassée' };
    expect(needsAttention({ ...fine, budget: over })).toBe(true);
  });
});

describe('describeBudget and commonBudget', () => {
  const registry = { bytes: 10 * 1024 * 1024, events: 20_000, occurrences: 20_000, series: 2_000 };

  it('words a feed’s limits', () => {
    expect(describeBudget(registry)).toBe(
      'taille du fichier : 10 Mo, événements lus : 20\u202f000, dates gardées : 20\u202f000, événements différents : 2\u202f000',
    );
  });

  it('gives the limits most feeds share, the registry’s default when there is no feed', () => {
    const raised = { ...registry, occurrences: 40_000 };
    expect(commonBudget([registry, raised, registry], raised)).toEqual(registry);
    expect(commonBudget([], raised)).toEqual(raised);
  });
});
