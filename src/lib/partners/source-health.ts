/**
 * What `/partenaires/` shows of one feed, from the registry (sources.yaml) and the last ingest's
 * status line (status.json, STATUS-CONTRACT.md): its plain state in French, what the data kept is,
 * what it used of its budget. Pure: the page only renders this.
 */
import type { Source } from '../domain/source.ts';
import type { FeedBudget, SourceStatus } from '../domain/status.ts';
import { formatDayLabel, formatTime } from '../format/format-date.ts';
import { partnersText as t } from '../site/strings/partners.ts';
import { toZonedDate, whenToEpoch } from '../time/zoned-time.ts';

/** The kinds of plain state, worst first (the page lists feeds in this order). */
export const HEALTH_KINDS = ['error', 'held', 'warning', 'never', 'disabled', 'ok'] as const;
export type HealthKind = (typeof HEALTH_KINDS)[number];

/** One field of the budget, the most used one. */
export interface BudgetUse {
  field: keyof FeedBudget;
  /** Share of the limit used, in whole percent (may exceed 100). */
  percent: number;
  over: boolean;
  /** `Limite dépassée : dates gardées, 20 001 pour 20 000 au plus` or `34 % (dates gardées)`. */
  text: string;
}

/** An issue of the last read, as the page lists it. */
export interface HealthIssue {
  severity: 'error' | 'warning';
  line: number | null;
  message: string;
}

/** A feed's health, ready to render. */
export interface SourceHealth {
  sourceId: string;
  name: string;
  demo: boolean;
  format: string;
  kind: HealthKind;
  /** `À jour`, `Retenu : chute soudaine`, `En erreur`… */
  label: string;
  /** The partner's one-line message: what is wrong and what to do (from the ingest), or `null`. */
  message: string | null;
  /** Further plain facts: since when data is kept, nights in a row, a hold's counts. */
  details: string[];
  /** `1er décembre 2026 à 3 h 12`, or `jamais`. */
  lastSuccess: string;
  /** Occurrences not yet over at the last run, or `null` when never read. */
  upcoming: number | null;
  budget: BudgetUse | null;
  issues: HealthIssue[];
  /** Issues of the last read not listed. */
  moreIssues: number;
}

/** Issues listed per feed (the page stays short; the checker shows them all). */
export const LISTED_ISSUES = 3;

const number = (n: number) => n.toLocaleString('fr-FR');

/** `mardi 1er décembre 2026 à 3 h 12`. */
export function formatInstant(iso: string): string {
  const epoch = whenToEpoch(iso);
  return `${formatDayLabel(toZonedDate(epoch), { withYear: true })} à ${formatTime(epoch)}`;
}

const dayOfInstant = (iso: string) => formatDayLabel(toZonedDate(whenToEpoch(iso)), { withYear: true });

/** The budget field most used, or `null` when the feed was never measured against a budget. */
export function budgetUseOf(usage: FeedBudget | null, budget: FeedBudget | null): BudgetUse | null {
  if (usage === null || budget === null) return null;
  const fields = (Object.keys(budget) as (keyof FeedBudget)[]).filter((f) => budget[f] > 0);
  let worst: { field: keyof FeedBudget; share: number } | null = null;
  for (const field of fields) {
    const share = usage[field] / budget[field];
    if (worst === null || share > worst.share) worst = { field, share };
  }
  if (worst === null) return null;
  const { field, share } = worst;
  const over = usage[field] > budget[field];
  const show = (n: number) => (field === 'bytes' ? t.size(n) : number(n));
  const percent = Math.round(share * 100);
  return {
    field,
    percent,
    over,
    text: over ? t.budgetOver(field, show(usage[field]), show(budget[field])) : t.budgetShare(percent, field),
  };
}

function kindOf(source: Source, status: SourceStatus | undefined): HealthKind {
  if (!source.enabled) return 'disabled';
  if (status === undefined) return 'never';
  return status.state;
}

/** Plain facts besides the message: the hold's counts, since when data is kept, failures in a row. */
function detailsOf(kind: HealthKind, status: SourceStatus | undefined, generatedAt: string | null): string[] {
  if (kind === 'never') return [t.neverDetail];
  if (kind === 'disabled') return [t.disabledDetail];
  if (status === undefined) return [];
  const details: string[] = [];
  if (status.hold !== null) details.push(t.heldDetail(status.hold.previousUpcoming, status.hold.newUpcoming));
  const since = status.staleSince ?? status.hold?.since ?? null;
  if (since !== null) details.push(t.keptSince(dayOfInstant(since)));
  if (status.consecutiveFailures > 1) details.push(t.failedNights(status.consecutiveFailures));
  if (generatedAt !== null && whenToEpoch(status.lastAttempt) < whenToEpoch(generatedAt)) {
    details.push(t.notTriedLastRun(dayOfInstant(status.lastAttempt)));
  }
  if (status.setAside !== null) details.push(t.setAside);
  if (kind === 'error') details.push(t.errorAdvice);
  return details;
}

function messageOf(kind: HealthKind, status: SourceStatus | undefined): string | null {
  if (status === undefined || kind === 'never' || kind === 'disabled') return null;
  if (kind === 'error') return status.message ?? t.failedFallback;
  return status.message;
}

/**
 * The health of one feed. `generatedAt` is when the last ingest ran (status.json), to tell a line
 * that was not tried that night.
 */
export function toSourceHealth(
  source: Source,
  status: SourceStatus | undefined,
  generatedAt: string | null,
): SourceHealth {
  const kind = kindOf(source, status);
  const issues = (status?.issues ?? []).map((i) => ({
    severity: i.severity,
    line: i.line ?? null,
    message: i.message,
  }));
  return {
    sourceId: source.id,
    name: source.name,
    demo: source.demo,
    format: t.formats[source.format],
    kind,
    label: t.states[kind],
    message: messageOf(kind, status),
    details: detailsOf(kind, status, generatedAt),
    lastSuccess: status?.lastSuccess == null ? t.never : formatInstant(status.lastSuccess),
    upcoming: status === undefined || status.lastSuccess === null ? null : status.upcoming,
    budget: status === undefined ? null : budgetUseOf(status.usage, status.budget),
    issues: issues.slice(0, LISTED_ISSUES),
    moreIssues: Math.max(0, issues.length - LISTED_ISSUES),
  };
}

/** `taille du fichier : 10 Mo, événements lus : 20 000…`: a budget in words. */
export function describeBudget(budget: FeedBudget): string {
  return (Object.keys(t.budgetFields) as (keyof FeedBudget)[])
    .map((field) => `${t.budgetFields[field]} : ${field === 'bytes' ? t.size(budget.bytes) : number(budget[field])}`)
    .join(', ');
}

/** The budget most sources share (the registry's default, unless most sources set their own). */
export function commonBudget(budgets: readonly FeedBudget[], fallback: FeedBudget): FeedBudget {
  const counts = new Map<string, { budget: FeedBudget; n: number }>();
  for (const budget of budgets) {
    const key = JSON.stringify(budget);
    const entry = counts.get(key) ?? { budget, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.budget ?? fallback;
}

/**
 * Whether a feed needs its partner's attention, and so its full line on `/partenaires/`: in error,
 * held back, with remarks, not yet read, over a limit of its budget, or « à jour » with something
 * to say (data kept since a failure, not tried last night, a file set aside). A disabled feed
 * does not: it is no longer read.
 */
export function needsAttention(health: Pick<SourceHealth, 'kind' | 'budget' | 'details'>): boolean {
  if (health.kind === 'disabled') return false;
  if (health.kind !== 'ok') return true;
  return health.budget?.over === true || health.details.length > 0;
}

/** Feeds worst state first, then by name (French collation). */
export function sortByHealth<T extends Pick<SourceHealth, 'kind' | 'name'>>(list: readonly T[]): T[] {
  const rank = (k: HealthKind) => HEALTH_KINDS.indexOf(k);
  return [...list].sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name, 'fr'));
}

/** `1 en erreur, 1 retenu, 7 à jour`: how many feeds in each state, worst first. */
export function healthCounts(list: readonly Pick<SourceHealth, 'kind'>[]): string[] {
  return HEALTH_KINDS.map((kind) => ({ kind, n: list.filter((h) => h.kind === kind).length }))
    .filter(({ n }) => n > 0)
    .map(({ kind, n }) => `${n} ${t.counted[kind]}`);
}
