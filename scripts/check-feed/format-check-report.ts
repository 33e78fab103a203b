import type { Issue } from '../../src/lib/domain/index.ts';
import type { CheckFeedResult } from '../../src/lib/ingest/check-feed.ts';
import type { FeedWindow } from '../../src/lib/ingest/types.ts';

/** Most occurrences listed in the report; the rest are counted. */
const LISTED = 15;

const dateFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' });
const whenFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dayFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

function issueLine(issue: Issue): string {
  const where = issue.line === undefined ? '' : `ligne ${issue.line} — `;
  return `  - ${where}${issue.severity === 'error' ? 'ERREUR' : 'à vérifier'} : ${issue.message}`;
}

/** The checker's report for a partner, in plain French: what was understood, then each problem. */
export function formatCheckReport(name: string, result: CheckFeedResult, window: FeedWindow): string {
  const lines = [
    `Vérification du flux : ${name}`,
    `Format lu : ${result.format === 'ics' ? 'calendrier iCal (.ics)' : 'tableau CSV'}`,
    `Période examinée : du ${dateFormat.format(window.from)} au ${dateFormat.format(window.to)} (exclu)`,
    '',
  ];
  if (result.fatal) {
    lines.push('Résultat : ce flux ne peut pas être utilisé en l’état.');
  } else {
    const { events } = result;
    const series = new Set(events.map((e) => e.seriesId)).size;
    const placed = events.filter((e) => e.placeId !== null).length;
    const cancelled = events.filter((e) => e.status === 'cancelled').length;
    lines.push(
      `Résultat : flux utilisable. ${plural(events.length, 'date lue', 'dates lues')} (${plural(series, 'événement', 'événements')}), dont ${plural(cancelled, 'annulée', 'annulées')}.`,
      `Lieux : ${placed} sur ${events.length} rattachées à un lieu de l’annuaire, ${events.filter((e) => e.commune === null).length} sans commune reconnue.`,
    );
    if (events.length > 0) lines.push('', 'Premières dates :');
    for (const e of events.slice(0, LISTED)) {
      const when = e.allDay ? dayFormat.format(new Date(`${e.start}T00:00:00Z`)) : whenFormat.format(new Date(e.start));
      const where = e.location === null ? '' : ` — ${e.location}`;
      lines.push(`  - ${when} : ${e.title}${where}${e.status === 'cancelled' ? ' (annulé)' : ''}`);
    }
    if (events.length > LISTED) lines.push(`  … et ${events.length - LISTED} autres dates.`);
  }
  lines.push('');
  if (result.issues.length === 0) {
    lines.push('Aucun problème trouvé.');
  } else {
    lines.push(`Problèmes (${result.issues.length}) :`, ...result.issues.map(issueLine));
  }
  return lines.join('\n');
}
