/**
 * The feed checker's report: what `checkFeed` found, as the partner reads it — the verdict, the
 * counts, every problem with its line, and the agenda lines the site would show (the same lines
 * as `/agenda/`: series collapsed to their next date, « Annulé », no private event), with each
 * line's themes and publics. Pure and serialisable: the browser's worker computes it, the page
 * only writes it into the document.
 */
import { collapseSeries } from '../agenda/collapse-series.ts';
import { toAgendaItem } from '../agenda/agenda-item.ts';
import { dayHeading, groupByDay } from '../agenda/group-by-day.ts';
import { upcomingOccurrences } from '../agenda/upcoming.ts';
import { labelsOf } from '../domain/vocabulary.ts';
import type { Issue } from '../domain/issue.ts';
import { relativeDayOf } from '../format/format-date.ts';
import type { CheckFeedResult } from '../ingest/check-feed.ts';
import { agendaText } from '../site/strings/agenda.ts';
import { commonText } from '../site/strings/common.ts';
import { checkText } from '../site/strings/partners-check.ts';
import { capitalised, statusText } from '../site/strings/status.ts';
import type { CheckerDirectory } from './checker-directory.ts';

/** Most agenda lines written into the page (a whole year of a busy feed would make it heavy). */
export const MAX_REPORT_LINES = 200;

/** One problem, as listed. */
export interface ReportIssue {
  severity: Issue['severity'];
  /** `Erreur` or `Remarque`. */
  severityLabel: string;
  line: number | null;
  /** `Ligne 12` or `Tout le fichier`. */
  where: string;
  message: string;
}

/** One agenda line, as `/agenda/` writes it, plus what the partner needs to check. */
export interface ReportLine {
  id: string;
  start: string;
  title: string;
  /** `Annulé`, `À confirmer`, or `null`. */
  status: string | null;
  cancelled: boolean;
  /** `14 h – 16 h`, `toute la journée`… */
  time: string;
  where: string | null;
  price: string | null;
  /** `et 3 autres dates`, or `null`. */
  more: string | null;
  themes: string;
  publics: string;
}

/** One day of the agenda, with its heading. */
export interface ReportDay {
  date: string;
  heading: string;
  lines: ReportLine[];
}

/** The report, with every word it shows. */
export interface CheckReport {
  usable: boolean;
  verdict: string;
  /** Format, counts and problems, one sentence each. */
  facts: string[];
  issues: ReportIssue[];
  days: ReportDay[];
  /** `Et 12 autres rendez-vous, non affichés ici.`, or `null`. */
  hidden: string | null;
  /** Counts, for tests and the status message. */
  counts: { occurrences: number; upcoming: number; events: number; errors: number; warnings: number };
}

function reportIssues(issues: readonly Issue[]): ReportIssue[] {
  const t = checkText.result;
  // Stable: problems of the whole file first, then by line, each in the order met.
  const ordered = issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.index - b.index);
  return ordered.map(({ issue }) => ({
    severity: issue.severity,
    severityLabel: issue.severity === 'error' ? t.errorWord : t.warningWord,
    line: issue.line ?? null,
    where: issue.line === undefined ? t.wholeFile : t.line(issue.line),
    message: issue.message,
  }));
}

function reportDays(result: CheckFeedResult, directory: CheckerDirectory, now: Date) {
  const { taxonomy } = directory;
  const lookups = {
    slugs: new Map<string, string>(),
    placeNames: new Map(directory.places.map((p) => [p.id, p.name])),
    communeNames: new Map(directory.communes.map((c) => [c.insee, c.name])),
    now,
  };
  const upcoming = upcomingOccurrences(result.events, now);
  const entries = collapseSeries(upcoming);
  const shown = entries.slice(0, MAX_REPORT_LINES).map((entry) => {
    const item = toAgendaItem(entry, lookups);
    const o = entry.occurrence;
    const line: ReportLine = {
      id: o.id,
      start: o.start,
      title: item.title,
      status: item.cancelled ? statusText.cancelled : item.tentative ? capitalised(statusText.toConfirm) : null,
      cancelled: item.cancelled,
      time: item.time,
      where: item.where,
      price: item.price,
      more: item.moreDates > 0 ? agendaText.moreDates(item.moreDates) : null,
      themes: o.themes.length === 0 ? checkText.result.noTheme : labelsOf(taxonomy.themes, o.themes).join(', '),
      publics: o.publics.length === 0 ? commonText.everybody : labelsOf(taxonomy.publics, o.publics).join(', '),
    };
    return { start: o.start, end: o.end, allDay: o.allDay, line };
  });
  const days = groupByDay(shown, { now }).map((day) => ({
    date: day.date,
    heading: dayHeading(day.label, relativeDayOf(day.date, now)),
    lines: day.items.map((item) => item.line),
  }));
  return { days, upcoming: upcoming.length, hidden: Math.max(0, entries.length - MAX_REPORT_LINES) };
}

/** The report of one check, at `now` (the browser's clock). */
export function toCheckReport(result: CheckFeedResult, directory: CheckerDirectory, now: Date): CheckReport {
  const t = checkText.result;
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  const agenda = reportDays(result, directory, now);
  const events = new Set(result.events.map((o) => o.seriesId)).size;
  const verdict = result.fatal ? t.unusable : errors > 0 ? t.usableWithErrors : t.usable;
  return {
    usable: !result.fatal,
    verdict,
    facts: result.fatal
      ? [t.problems(errors, warnings)]
      : [
          t.format(t.formats[result.format]),
          t.counts(result.events.length, agenda.upcoming, events),
          t.problems(errors, warnings),
        ],
    issues: reportIssues(result.issues),
    days: agenda.days,
    hidden: agenda.hidden > 0 ? t.hiddenLines(agenda.hidden) : null,
    counts: { occurrences: result.events.length, upcoming: agenda.upcoming, events, errors, warnings },
  };
}
