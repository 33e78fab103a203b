import { dayOf, formatDayLabel, formatTime } from '../format/format-date.ts';
import { toZonedDate, whenToEpoch } from '../time/zoned-time.ts';
import type { ChangedField, OccurrenceDiff, SeriesChange } from './diff-occurrences.ts';
import type { FeedProblem, FeedProblemKind } from './feed-problems.ts';

/** Everything one night produced, for its summary. */
export interface NightlySummaryInput {
  /** The run's now. */
  now: Date;
  /** Whether the site was built, and why not. */
  build: { ok: true } | { ok: false; error: string };
  /** The ingest could not run (the site was built from the last good data), or `null`. */
  ingestError: string | null;
  diff: OccurrenceDiff;
  problems: readonly FeedProblem[];
  /** Source names by id. */
  sourceNames: ReadonlyMap<string, string>;
  /** Enabled sources, and upcoming occurrences published after the night. */
  sources: number;
  upcoming: number;
}

/** Most entries listed per section; the rest are counted. */
export const MAX_LISTED = 30;

const FIELD_LABELS: Record<ChangedField, string> = {
  title: 'titre',
  time: 'horaire',
  place: 'lieu',
  status: 'statut',
  details: 'description ou infos pratiques',
  'dates-added': 'dates ajoutées',
};

const PROBLEM_HEADINGS: Record<FeedProblemKind, string> = {
  failing: 'En échec',
  held: 'Retenus (baisse soudaine)',
  stale: 'Données anciennes',
  rejected: 'Lignes ou événements refusés',
};

/** `1 234 dates` (a plain space between thousands: the summary is read in terminals and mails too). */
const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('fr-FR').replace(/\s/g, ' ')} ${n > 1 ? many : one}`;

/**
 * Partner text as one inert Markdown line: no markup, no HTML, no line break, at most 120 characters.
 * Feed content is hostile, and the summary is rendered (job summary, merge request, mail).
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const short = line.length > 120 ? `${line.slice(0, 119)}…` : line;
  return short.replace(/[\\`*_[\]<>|&~#]/g, '\\$&');
}

function formatStart(start: string, now: Date): string {
  const day = formatDayLabel(dayOf(start), { now });
  return /^\d{4}-\d{2}-\d{2}$/.test(start) ? day : `${day}, ${formatTime(start)}`;
}

function formatDay(iso: string, now: Date): string {
  return formatDayLabel(dayOf(iso), { now });
}

function seriesLine(change: SeriesChange, input: NightlySummaryInput): string {
  const source = escapeMarkdown(input.sourceNames.get(change.sourceId) ?? change.sourceId);
  const first = change.starts[0];
  const when = first === undefined ? '' : formatStart(first, input.now);
  const more = change.starts.length > 1 ? ` (${count(change.starts.length, 'date', 'dates')})` : '';
  const what = change.fields.length > 0 ? ` — ${change.fields.map((f) => FIELD_LABELS[f]).join(', ')}` : '';
  const why =
    change.reason === 'cancelled'
      ? ' — annulé par le partenaire'
      : change.reason === 'removed'
        ? ' — retiré de l’agenda du partenaire'
        : '';
  return `- « ${escapeMarkdown(change.title)} » — ${source}${what} — ${when}${more}${why}`;
}

function listSection(title: string, lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  const shown = lines.slice(0, MAX_LISTED);
  const rest = lines.length - shown.length;
  return [`### ${title} (${lines.length})`, '', ...shown, ...(rest > 0 ? [`- … et ${rest} autres`] : []), ''];
}

function contactText(problem: FeedProblem): string {
  if (problem.contact === null) return 'Contact : aucun (ajouter `contact` à la source dans content/sources.yaml).';
  const from = problem.contact.from === 'organisation' ? ' (structure organisatrice)' : '';
  return `Contact : ${escapeMarkdown(problem.contact.text)}${from}.`;
}

function problemLine(problem: FeedProblem, now: Date): string {
  const name = `**${escapeMarkdown(problem.name)}** (\`${problem.sourceId}\`)`;
  const parts: string[] = [];
  if (problem.kind === 'failing') {
    const nights = problem.consecutiveFailures;
    parts.push(nights > 1 ? `pas lu ${count(nights, 'nuit', 'nuits de suite')}` : 'pas lu cette nuit');
    if (problem.lastSuccess !== null)
      parts.push(`les données du ${formatDay(problem.lastSuccess, now)} restent publiées`);
    else if (problem.staleSince !== null)
      parts.push(`les dernières données restent publiées depuis le ${formatDay(problem.staleSince, now)}`);
  } else if (problem.kind === 'held' && problem.hold !== null) {
    const { previousUpcoming, newUpcoming, nightsLeft } = problem.hold;
    parts.push(
      `baisse soudaine retenue (${previousUpcoming} → ${newUpcoming} dates à venir) : les données précédentes restent publiées encore ${count(nightsLeft, 'nuit', 'nuits')}`,
    );
  } else if (problem.kind === 'held') {
    parts.push('baisse soudaine retenue : les données précédentes restent publiées');
  } else if (problem.kind === 'stale') {
    parts.push(
      problem.lastSuccess === null
        ? 'jamais lu avec succès'
        : `aucune lecture réussie depuis le ${formatDay(problem.lastSuccess, now)}`,
    );
  } else {
    parts.push(count(problem.rejected, 'ligne ou événement refusé', 'lignes ou événements refusés'));
  }
  if (problem.message !== null) parts.push(escapeMarkdown(problem.message).replace(/[.\s]+$/, ''));
  const detail = problem.detail === null ? '' : ` Détail : ${escapeMarkdown(problem.detail)}.`;
  return `- ${name} : ${parts.join(' ; ')}.${detail} ${contactText(problem)}`;
}

function alertLines(input: NightlySummaryInput): string[] {
  const lines: string[] = [];
  if (!input.build.ok)
    lines.push(
      `- **Le site n’a pas été construit** : ${escapeMarkdown(input.build.error)}. La version en ligne reste celle de la veille.`,
    );
  if (input.ingestError !== null)
    lines.push(
      `- **La lecture des flux a échoué** : ${escapeMarkdown(input.ingestError)}. Le site est construit avec les dernières bonnes données.`,
    );
  for (const p of input.problems.filter((p) => p.alert)) lines.push(problemLine(p, input.now));
  return lines.length === 0 ? [] : ['## Alertes', '', ...lines, ''];
}

function eventLines(input: NightlySummaryInput): string[] {
  const { added, changed, cancelled } = input.diff;
  const lines = (list: readonly SeriesChange[]) => list.map((c) => seriesLine(c, input));
  const sections = [
    ...listSection('Nouveaux', lines(added)),
    ...listSection('Modifiés', lines(changed)),
    ...listSection('Annulés', lines(cancelled)),
  ];
  if (sections.length === 0) sections.push('Aucun nouvel événement, aucune modification ni annulation cette nuit.', '');
  return ['## Événements', '', ...sections];
}

function feedLines(input: NightlySummaryInput): string[] {
  const kinds: FeedProblemKind[] = ['failing', 'held', 'stale', 'rejected'];
  const sections = kinds.flatMap((kind) =>
    listSection(
      PROBLEM_HEADINGS[kind],
      input.problems.filter((p) => p.kind === kind).map((p) => problemLine(p, input.now)),
    ),
  );
  if (sections.length === 0 && input.sources === 0)
    sections.push('Aucune source active : le registre content/sources.yaml est vide ou illisible.', '');
  else if (sections.length === 0)
    sections.push(`Les ${count(input.sources, 'flux a été lu', 'flux ont été lus')} sans problème.`, '');
  return ['## Flux des partenaires', '', ...sections];
}

/** Alerts in a night: site not built, ingest failed, three failures in a row, sudden drops held back. */
export function countAlerts(input: Pick<NightlySummaryInput, 'build' | 'ingestError' | 'problems'>): number {
  return (input.build.ok ? 0 : 1) + (input.ingestError === null ? 0 : 1) + input.problems.filter((p) => p.alert).length;
}

/**
 * The night's summary in French Markdown: alerts at the top, then new, changed and cancelled
 * events, then the feeds that need attention with their partner's contact.
 */
export function formatNightlySummary(input: NightlySummaryInput): string {
  const title = `# Repères numériques — nuit du ${formatDayLabel(toZonedDate(input.now.getTime()), { withYear: true })}`;
  const state = input.build.ok
    ? `Site construit : ${count(input.sources, 'source', 'sources')}, ${count(input.upcoming, 'date à venir', 'dates à venir')}.`
    : 'Site **non construit**.';
  const lines = [title, '', state, '', ...alertLines(input), ...eventLines(input), ...feedLines(input)];
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

/** Upcoming occurrences (not yet over at `now`) in a list. */
export function countUpcoming(occurrences: readonly { end: string }[], now: Date): number {
  return occurrences.filter((o) => whenToEpoch(o.end) > now.getTime()).length;
}
