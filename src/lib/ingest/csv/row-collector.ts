import type { FeedEvent } from '../../domain/feed-event.ts';
import type { Issue } from '../../domain/issue.ts';
import { DEFAULT_SERIES_CAP, type FeedWindow, type ParseOptions } from '../types.ts';
import { csvMessages } from './messages.ts';
import type { RowOutcome } from './read-row.ts';
import type { RowTiming } from './row-timing.ts';

/** Most rejected rows reported one by one; the others are counted in one issue. */
export const MAX_ROW_ISSUES = 500;
/** Most privately marked lines listed in the warning about them. */
const MAX_LISTED_LINES = 20;

function overlapsWindow(t: RowTiming, window: FeedWindow): boolean {
  const [from, to] = [window.from.getTime(), window.to.getTime()];
  if (t.endEpoch === t.startEpoch) return t.startEpoch >= from && t.startEpoch < to;
  return t.startEpoch < to && t.endEpoch > from;
}

/** Collects what the rows of one file became. */
export class RowCollector {
  readonly events: FeedEvent[] = [];
  readonly issues: Issue[] = [];
  private rejectedBeyondCap = 0;
  private rejectedCount = 0;
  private readonly privateLines: number[] = [];
  private readonly uidLines = new Map<string, number>();
  /** `true` once an occurrence past `options.budget.occurrences` was met: reading stops. */
  overBudget = false;

  private readonly options: ParseOptions;

  constructor(options: ParseOptions) {
    this.options = options;
  }

  add(outcome: RowOutcome, line: number): void {
    if (outcome.kind === 'blank') return;
    if (outcome.kind === 'private') this.privateLines.push(line);
    else if (outcome.kind === 'rejected') this.reject(outcome.message, line);
    else {
      for (const message of outcome.warnings) this.issues.push({ severity: 'warning', message, line });
      const first = this.uidLines.get(outcome.uid);
      if (first === undefined) this.uidLines.set(outcome.uid, line);
      else this.issues.push({ severity: 'warning', message: csvMessages.duplicateUid(outcome.uid, first), line });
      this.keep(outcome, line);
    }
  }

  reject(message: string, line: number): void {
    this.rejectedCount++;
    if (this.rejectedCount > MAX_ROW_ISSUES) this.rejectedBeyondCap++;
    else this.issues.push({ severity: 'error', message, line });
  }

  private keep(outcome: Extract<RowOutcome, { kind: 'read' }>, line: number): void {
    const cap = this.options.seriesCap ?? DEFAULT_SERIES_CAP;
    const several = outcome.timings.length > 1;
    const inWindow = outcome.timings.filter((t) => overlapsWindow(t, this.options.window));
    if (inWindow.length > cap) this.issues.push({ severity: 'warning', message: csvMessages.timingsCapped(cap), line });
    const budget = this.options.budget?.occurrences ?? Number.POSITIVE_INFINITY;
    for (const t of inWindow.slice(0, cap)) {
      if (this.events.length >= budget) {
        this.overBudget = true;
        return;
      }
      const when = { start: t.start, end: t.end, allDay: t.allDay, recurrenceId: several ? t.start : null };
      this.events.push({ ...outcome.event, ...when });
    }
  }

  finish(): void {
    if (this.rejectedBeyondCap > 0) {
      this.issues.push({ severity: 'error', message: csvMessages.moreRowErrors(this.rejectedBeyondCap) });
    }
    if (this.privateLines.length > 0) {
      const listed = this.privateLines.slice(0, MAX_LISTED_LINES);
      const message = csvMessages.privateRows(this.privateLines.length, listed);
      this.issues.push({ severity: 'warning', message, line: listed[0] ?? 1 });
    }
  }
}
