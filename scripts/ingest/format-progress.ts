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

/** ` ; ligne 5 : …` for the first issue of a line, or nothing. */
function firstIssue(report: SourceReport): string {
  const first = report.status.issues[0];
  return first === undefined ? '' : ` ; ${first.line === undefined ? '' : `ligne ${first.line} : `}${first.message}`;
}

/** One line per source: `✓`, `⚠`, `⏸` or `✗`, its name, its counts and, when something went wrong, why. */
export function formatSourceLine(report: SourceReport): string {
  const { status, source } = report;
  const counts = countsOf(report);
  const setAside = status.setAside === null ? '' : ` ; fichier abîmé mis de côté : ${status.setAside}`;
  switch (report.outcome) {
    case 'failed':
      return `✗ ${source.name} : ${report.reason ?? 'échec'} ${kept(report)}${setAside}`;
    case 'skipped':
      return `⚠ ${source.name} : ${report.reason ?? 'non lu'} ${kept(report)}`;
    case 'held':
      return `⏸ ${source.name} : ${status.message ?? 'baisse soudaine retenue'} ${kept(report)}`;
    case 'read': {
      const unchanged = report.via === 'not-modified' ? 'inchangé (HTTP 304), relu pour la période : ' : '';
      if (status.state === 'ok') return `✓ ${source.name} : ${unchanged}${counts}${setAside}`;
      const drop = status.dropFlagged ? ` ; ${status.message ?? 'forte baisse acceptée'}` : '';
      return `⚠ ${source.name} : ${unchanged}${counts}${drop}${firstIssue(report)}${setAside}`;
    }
  }
}

/** The final summary, in French. */
export function formatSummary(summary: IngestSummary): string {
  const by = (kind: SourceReport['outcome']) => summary.reports.filter((r) => r.outcome === kind).length;
  const warned = summary.reports.filter((r) => r.outcome === 'read' && r.status.state === 'warning').length;
  const ok = by('read') - warned;
  const held = by('held') > 0 ? `${by('held')} retenues (baisse soudaine), ` : '';
  const lines = [
    `${plural(summary.reports.length, 'source', 'sources')} : ${ok} à jour, ${warned} avec avertissements, ${held}${by('failed')} en échec, ${by('skipped')} non lues.`,
    `${plural(summary.occurrences, 'occurrence', 'occurrences')} au total, dont ${plural(summary.duplicates, 'doublon', 'doublons')} entre sources (fusionnés à la construction du site).`,
  ];
  if (summary.recoveredLock !== null)
    lines.push(
      `Verrou d’une ingestion interrompue repris (processus ${summary.recoveredLock.pid}, commencée le ${summary.recoveredLock.startedAt}).`,
    );
  if (summary.cleaned.length > 0)
    lines.push(`Fichiers temporaires d’une ingestion interrompue supprimés : ${summary.cleaned.length}.`);
  if (summary.statusSetAside !== null)
    lines.push(`status.json était abîmé : mis de côté dans ${summary.statusSetAside}, état des flux repris à zéro.`);
  if (summary.removed.length > 0)
    lines.push(`Fichiers retirés (source absente du registre) : ${summary.removed.join(', ')}.`);
  if (by('failed') + by('held') > 0)
    lines.push('Les sources en échec ou retenues gardent leurs dernières données : le site peut être construit.');
  return lines.join('\n');
}
