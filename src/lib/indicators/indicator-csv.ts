/** The observatory's figures as CSV tables, one row per quarter and per commune, theme, public or axis. */
import type { Tally } from '../domain/index.ts';
import { hoursOf, hoursPerThousand, sessionsPerThousand } from './format-figures.ts';
import type { Dimension, Observatory } from './observatory.ts';
import { cancelledShare } from './tally.ts';
import { csvText } from '../site/strings/observatory.ts';
import { toCsv, type CsvValue } from './to-csv.ts';

const TALLY_HEADER = ['seances', 'heures', 'seances_sans_horaires', 'annulees'];
const tallyCells = (t: Tally): CsvValue[] => [t.sessions, hoursOf(t.minutes), t.untimed, t.cancelled];

const KEY_HEADER: Record<Dimension, string[]> = {
  communes: ['code_insee', 'commune', 'habitants'],
  themes: ['theme', 'libelle'],
  publics: ['public', 'libelle'],
  axes: ['axe', 'libelle'],
};

/** A breakdown of the three quarters (quarters without figures are left out). */
export function breakdownCsv(obs: Observatory, dimension: Dimension): string {
  const communes = dimension === 'communes';
  const header = [
    'trimestre',
    'periode',
    'compte_a_partir_du',
    ...KEY_HEADER[dimension],
    ...TALLY_HEADER,
    ...(communes ? ['seances_pour_1000_hab', 'heures_pour_1000_hab'] : []),
  ];
  const rows = obs.columns.flatMap((column, i) =>
    column.figures === null
      ? []
      : obs.breakdowns[dimension].flatMap((row) => {
          const tally = row.tallies[i];
          if (tally === null || tally === undefined) return [];
          const population = row.population ?? 0;
          return [
            [
              column.quarter.id,
              csvText.periods[column.period],
              column.coverageFrom,
              row.key,
              row.label,
              ...(communes ? [row.population] : []),
              ...tallyCells(tally),
              ...(communes ? [sessionsPerThousand(tally, population), hoursPerThousand(tally, population)] : []),
            ],
          ];
        }),
  );
  return toCsv(header, rows);
}

/** The history, one row per recorded quarter. */
export function historyCsv(obs: Observatory): string {
  const header = ['trimestre', 'compte_a_partir_du', 'complet', ...TALLY_HEADER, 'part_annulee', 'periodes_manquees'];
  const rows = obs.trend.map((p) => [
    p.quarter.id,
    p.coverageFrom,
    p.closed,
    ...tallyCells(p.figures.total),
    Math.round(cancelledShare(p.figures.total) * 1000) / 1000,
    p.gaps.map((g) => `${g.from}/${g.to}`).join(' '),
  ]);
  return toCsv(header, rows);
}

/** Every commune for every need: nearest place serving it, sessions soon nearby, zone blanche or not. */
export function whiteZonesCsv(obs: Observatory): string {
  const header = [
    'besoin',
    'libelle',
    'code_insee',
    'commune',
    'lieu_le_plus_proche',
    'distance_km',
    'seances_a_venir',
    'zone_blanche',
  ];
  const rows = obs.whiteZones.flatMap((n) =>
    n.communes.map((c) => [
      n.need.id,
      n.need.label,
      c.commune.insee,
      c.commune.name,
      c.nearestPlace,
      c.nearestKm === null ? null : Math.round(c.nearestKm * 10) / 10,
      c.sessions,
      c.white,
    ]),
  );
  return toCsv(header, rows);
}

/** The partners' feeds failing, held back or stale. */
export function feedsCsv(obs: Observatory): string {
  const header = ['source', 'nom', 'etat', 'derniere_lecture_reussie', 'donnees_gardees_depuis', 'echecs_consecutifs'];
  const rows = obs.feeds.map((f) => [
    f.sourceId,
    f.name,
    csvText.feedKinds[f.kind],
    f.lastSuccess,
    f.staleSince,
    f.consecutiveFailures,
  ]);
  return toCsv(header, rows);
}
