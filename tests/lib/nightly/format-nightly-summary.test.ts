import { describe, expect, it } from 'vitest';
import type { FeedProblem } from '../../../src/lib/nightly/feed-problems.ts';
import {
  countAlerts,
  escapeMarkdown,
  formatNightlySummary,
  MAX_LISTED,
  type NightlySummaryInput,
} from '../../../src/lib/nightly/format-nightly-summary.ts';

const now = new Date('2026-12-01T03:00:00+01:00');
const problem = (fields: Partial<FeedProblem>): FeedProblem => ({
  kind: 'failing',
  sourceId: 'fablab',
  name: 'FabLab',
  message: null,
  detail: null,
  consecutiveFailures: 1,
  lastSuccess: '2026-11-30T03:00:00+01:00',
  staleSince: '2026-12-01T03:00:00+01:00',
  hold: null,
  rejected: 0,
  contact: { text: '02 99 00 00 00', from: 'organisation' },
  alert: false,
  ...fields,
});
const input = (fields: Partial<NightlySummaryInput> = {}): NightlySummaryInput => ({
  now,
  build: { ok: true },
  ingestError: null,
  diff: { added: [], changed: [], cancelled: [] },
  problems: [],
  sourceNames: new Map([['fablab', 'FabLab']]),
  sources: 3,
  upcoming: 1234,
  ...fields,
});
const series = (title: string, extra = {}) => ({
  seriesId: `s-${title}`,
  sourceId: 'fablab',
  title,
  starts: ['2026-12-03T14:00:00+01:00', '2026-12-10T14:00:00+01:00'],
  fields: [],
  reason: null,
  ...extra,
});

describe('formatNightlySummary', () => {
  it('says when all went well, in a few lines', () => {
    expect(formatNightlySummary(input())).toMatchInlineSnapshot(`
      "# Repères numériques — nuit du mardi 1er décembre 2026

      Site construit : 3 sources, 1 234 dates à venir.

      ## Événements

      Aucun nouvel événement, aucune modification ni annulation cette nuit.

      ## Flux des partenaires

      Les 3 flux ont été lus sans problème.
      "
    `);
  });

  it('lists new, changed and cancelled events with their source and first date', () => {
    const text = formatNightlySummary(
      input({
        diff: {
          added: [series('Stage impression 3D')],
          changed: [series('OpenLab', { fields: ['time', 'place'], starts: ['2026-12-02'] })],
          cancelled: [series('Repair café', { reason: 'removed', starts: ['2026-12-05T10:00:00+01:00'] })],
        },
      }),
    );
    expect(text).toContain('### Nouveaux (1)\n\n- « Stage impression 3D » — FabLab — jeudi 3 décembre, 14 h (2 dates)');
    expect(text).toContain('### Modifiés (1)\n\n- « OpenLab » — FabLab — horaire, lieu — mercredi 2 décembre');
    expect(text).toContain(
      '### Annulés (1)\n\n- « Repair café » — FabLab — samedi 5 décembre, 10 h — retiré de l’agenda du partenaire',
    );
  });

  it('puts alerts first: three failures in a row, a sudden drop held back, a site not built', () => {
    const problems = [
      problem({ consecutiveFailures: 3, alert: true, message: 'Le serveur ne répond pas.' }),
      problem({
        kind: 'held',
        sourceId: 'pij',
        name: 'PIJ',
        alert: true,
        hold: { since: '2026-12-01T03:00:00+01:00', previousUpcoming: 40, newUpcoming: 2, nightsLeft: 3 },
        contact: null,
      }),
    ];
    const text = formatNightlySummary(input({ problems, build: { ok: false, error: 'astro build a échoué' } }));
    const alerts = text.slice(text.indexOf('## Alertes'), text.indexOf('## Événements'));
    expect(alerts).toContain('**Le site n’a pas été construit** : astro build a échoué.');
    expect(alerts).toContain(
      '**FabLab** (`fablab`) : pas lu 3 nuits de suite ; les données du lundi 30 novembre restent publiées ; Le serveur ne répond pas. Contact : 02 99 00 00 00 (structure organisatrice).',
    );
    expect(alerts).toContain(
      '**PIJ** (`pij`) : baisse soudaine retenue (40 → 2 dates à venir) : les données précédentes restent publiées encore 3 nuits. Contact : aucun',
    );
    expect(text.indexOf('## Alertes')).toBeLessThan(text.indexOf('## Événements'));
    expect(countAlerts(input({ problems, build: { ok: false, error: 'x' } }))).toBe(3);
  });

  it('gives each feed problem its section, with the partner’s contact', () => {
    const text = formatNightlySummary(
      input({
        problems: [
          problem({ detail: 'HTTP 503' }),
          problem({ kind: 'stale', sourceId: 'emploi', name: 'Emploi', lastSuccess: null }),
          problem({
            kind: 'rejected',
            sourceId: 'pij',
            name: 'PIJ',
            rejected: 2,
            contact: { text: 'pij@exemple.fr', from: 'source' },
          }),
        ],
      }),
    );
    expect(text).toContain(
      '### En échec (1)\n\n- **FabLab** (`fablab`) : pas lu cette nuit ; les données du lundi 30 novembre restent publiées.',
    );
    expect(text).toContain('Détail : HTTP 503.');
    expect(text).toContain('### Données anciennes (1)\n\n- **Emploi** (`emploi`) : jamais lu avec succès.');
    expect(text).toContain(
      '### Lignes ou événements refusés (1)\n\n- **PIJ** (`pij`) : 2 lignes ou événements refusés. Contact : pij@exemple.fr.',
    );
  });

  it('does not call an empty or unreadable registry healthy', () => {
    const text = formatNightlySummary(input({ sources: 0, ingestError: 'Ingestion impossible : sources.yaml : …' }));
    expect(text).toContain('Aucune source active : le registre content/sources.yaml est vide ou illisible.');
    expect(text).toContain('**La lecture des flux a échoué** : Ingestion impossible');
    expect(text).not.toContain('sans problème');
  });

  it('counts what it does not list', () => {
    const added = Array.from({ length: MAX_LISTED + 5 }, (_, i) => series(`Atelier ${i}`));
    const text = formatNightlySummary(input({ diff: { added, changed: [], cancelled: [] } }));
    expect(text).toContain(`### Nouveaux (${MAX_LISTED + 5})`);
    expect(text).toContain('- … et 5 autres');
    expect(text).not.toContain(`Atelier ${MAX_LISTED}`);
  });
});

describe('escapeMarkdown', () => {
  it('keeps partner text inert: no markup, no HTML, one line', () => {
    expect(escapeMarkdown('**Gratuit** <script>alert(1)</script>\n[lien](javascript:x)')).toBe(
      '\\*\\*Gratuit\\*\\* \\<script\\>alert(1)\\</script\\> \\[lien\\](javascript:x)',
    );
    expect(escapeMarkdown('x'.repeat(200))).toHaveLength(120);
  });
});
