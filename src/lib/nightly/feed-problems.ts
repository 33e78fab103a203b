import type { Place } from '../domain/place.ts';
import type { Source } from '../domain/source.ts';
import type { DropHold, SourceStatus } from '../domain/status.ts';
import { formatPhone } from '../format/format-phone.ts';
import { whenToEpoch } from '../time/zoned-time.ts';

/** Failures in a row that raise an alert at the top of the summary. */
export const ALERT_AFTER_FAILURES = 3;
/** Published data older than this (no successful read since) is reported as stale. */
export const STALE_AFTER_MS = 48 * 3_600_000;

/**
 * `failing`: not read tonight (the last good data is kept); `held`: read, but a sudden drop is held
 * back; `stale`: not failing tonight, but no successful read for two days (or ever); `rejected`:
 * read, with rows or events refused.
 */
export type FeedProblemKind = 'failing' | 'held' | 'stale' | 'rejected';

/** Whom to tell about a source: the contact in `sources.yaml`, else its organisation's. */
export interface PartnerContact {
  /** `02 99 00 00 00 · accueil@exemple.fr`. */
  text: string;
  /** Where it comes from: the source entry or the organisation's place file. */
  from: 'source' | 'organisation';
}

/** One source that needs someone's attention. */
export interface FeedProblem {
  kind: FeedProblemKind;
  sourceId: string;
  name: string;
  /** Plain French for the partner (the status `message`), or `null`. */
  message: string | null;
  /** Technical detail for the administrator, or `null`. */
  detail: string | null;
  consecutiveFailures: number;
  /** Last successful read, or `null` if never. */
  lastSuccess: string | null;
  /** Since when the last good data is kept (failing), or `null`. */
  staleSince: string | null;
  hold: DropHold | null;
  rejected: number;
  contact: PartnerContact | null;
  /** Goes to the top of the summary: three failures in a row, or a sudden drop held back. */
  alert: boolean;
}

/** What the summary needs of a place. */
export type ContactPlace = Pick<Place, 'name' | 'phone' | 'email'> & { id: string };

/** The contact of a source's partner: `contact` from `sources.yaml`, else the organisation's phone and email. */
export function partnerContact(source: Source, places: readonly ContactPlace[]): PartnerContact | null {
  if (source.contact !== undefined && source.contact.trim() !== '')
    return { text: source.contact.trim(), from: 'source' };
  const place = places.find((p) => p.id === source.organisation);
  const parts = [place?.phone === undefined ? null : formatPhone(place.phone), place?.email ?? null];
  const text = parts.filter((p): p is string => p !== null).join(' · ');
  return text === '' ? null : { text, from: 'organisation' };
}

const KIND_ORDER: readonly FeedProblemKind[] = ['failing', 'held', 'stale', 'rejected'];

function kindOf(status: SourceStatus | undefined, now: number): FeedProblemKind | null {
  if (status === undefined) return 'stale';
  if (status.state === 'error') return 'failing';
  if (status.state === 'held' || status.hold !== null) return 'held';
  if (status.lastSuccess === null || now - whenToEpoch(status.lastSuccess) > STALE_AFTER_MS) return 'stale';
  if (status.rejected > 0) return 'rejected';
  return null;
}

/**
 * The enabled sources of the registry that need attention after a night, each with its partner's
 * contact: alerts first, then failing, held, stale and partly rejected feeds, by name.
 */
export function listFeedProblems(
  statuses: readonly SourceStatus[],
  sources: readonly Source[],
  places: readonly ContactPlace[],
  now: Date,
): FeedProblem[] {
  const byId = new Map(statuses.map((s) => [s.sourceId, s]));
  const problems: FeedProblem[] = [];
  for (const source of sources.filter((s) => s.enabled)) {
    const status = byId.get(source.id);
    const kind = kindOf(status, now.getTime());
    if (kind === null) continue;
    const consecutiveFailures = status?.consecutiveFailures ?? 0;
    problems.push({
      kind,
      sourceId: source.id,
      name: source.name,
      message: status?.message ?? null,
      detail: status?.detail ?? null,
      consecutiveFailures,
      lastSuccess: status?.lastSuccess ?? null,
      staleSince: status?.staleSince ?? null,
      hold: status?.hold ?? null,
      rejected: status?.rejected ?? 0,
      contact: partnerContact(source, places),
      alert: kind === 'held' || (kind === 'failing' && consecutiveFailures >= ALERT_AFTER_FAILURES),
    });
  }
  return problems.sort(
    (a, b) =>
      Number(b.alert) - Number(a.alert) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.name.localeCompare(b.name, 'fr'),
  );
}
