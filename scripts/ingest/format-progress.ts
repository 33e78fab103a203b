import type { IngestSummary } from './run-ingest.ts';
import type { SourceReport } from './run-source.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** Counts of a status line in French (`42 occurrences, 1 rejetée, 2 avertissements`). */
function countsOf(report: SourceReport): string {
  const { occurrences, rejected, warnings } = report.status;
  const parts = [plural(occurrences, 'occurrence', 'occurrences')];
  if (rejected > 0) parts.push(plural(rejected, 'rejetée', 'rejetées'));
  if (warnings > 0) parts.push(plural(warnings, 'avertissement', 'avertissements'));
  return parts.join(', ');
}

const kept = (report: SourceReport) =>
  report.status.occurrences === 0
    ? '(aucune donnée précédente)'
    : `(données précédentes gardées : ${plural(report.status.occurrences, 'occurrence', 'occurrences')})`;

/** One line per source: `✓`, `⚠` or `✗`, its name, its counts and, when something went wrong, why. */
export function formatSourceLine(report: SourceReport): string {
  const { status, source } = report;
  const counts = countsOf(report);
  switch (report.outcome) {
    case 'failed':
      return `✗ ${source.name} : ${report.reason ?? 'échec'} ${kept(report)}`;
    case 'skipped':
      return `⚠ ${source.name} : ${report.reason ?? 'non lu'} ${kept(report)}`;
    case 'not-modified':
      return `✓ ${source.name} : inchangé depuis la dernière lecture (HTTP 304), ${counts}`;
    case 'read': {
      if (status.state === 'ok') return `✓ ${source.name} : ${counts}`;
      const drop = status.dropFlagged ? ' ; forte baisse du nombre d’occurrences, à vérifier' : '';
      const first = status.issues[0];
      const detail =
        first === undefined ? '' : ` ; ${first.line === undefined ? '' : `ligne ${first.line} : `}${first.message}`;
      return `⚠ ${source.name} : ${counts}${drop}${detail}`;
    }
  }
}

/** The final summary, in French. */
export function formatSummary(summary: IngestSummary): string {
  const by = (kind: SourceReport['outcome']) => summary.reports.filter((r) => r.outcome === kind).length;
  const warned = summary.reports.filter((r) => r.outcome === 'read' && r.status.state === 'warning').length;
  const ok = by('read') + by('not-modified') - warned;
  const lines = [
    `${plural(summary.reports.length, 'source', 'sources')} : ${ok} à jour, ${warned} avec avertissements, ${by('failed')} en échec, ${by('skipped')} non lues.`,
    `${plural(summary.occurrences, 'occurrence', 'occurrences')} au total, dont ${plural(summary.duplicates, 'doublon', 'doublons')} entre sources (fusionnés à la construction du site).`,
  ];
  if (summary.removed.length > 0)
    lines.push(`Fichiers retirés (source absente du registre) : ${summary.removed.join(', ')}.`);
  if (by('failed') > 0)
    lines.push('Les sources en échec gardent leurs dernières données : le site peut être construit.');
  return lines.join('\n');
}
