import ICAL from 'ical.js';
import type { FeedEvent } from '../../domain/feed-event.ts';
import type { Issue } from '../../domain/issue.ts';
import { refuseOverBudget } from '../feed-budget.ts';
import { DEFAULT_SERIES_CAP, type FeedParser, type ParseOptions, type ParseResult } from '../types.ts';
import { decodeBytes, looksBinary } from '../../text/decode-bytes.ts';
import { expandSeries, type ExpandContext } from './expand-series.ts';
import { groupSeries } from './group-series.ts';
import { installRecurIteratorGuard } from './install-recur-iterator-guard.ts';
import { messages } from './messages.ts';
import { prepareLines, type PreparedLines } from './prepare-lines.ts';
import { readComponents, type CalendarComponents } from './read-components.ts';
import { resolveTimeZone } from './resolve-time-zone.ts';
import { tryRead } from './try-read.ts';
import { createZoneContext } from './zone-context.ts';

const fatal = (message: string, issues: Issue[] = []): ParseResult => ({
  events: [],
  issues: [{ severity: 'error', message }, ...issues],
  fatal: true,
});

/** The feed's lines, or the reason it is not a calendar at all. */
function prepareInput(input: Uint8Array, issues: Issue[]): PreparedLines | string {
  const { text, encoding } = decodeBytes(input);
  if (text.trim() === '') return messages.empty();
  if (looksBinary(text)) return messages.binary();
  const prepared = prepareLines(text);
  if (!prepared.hasCalendar && prepared.eventLines.length === 0) {
    return /^\s*</.test(text) ? messages.html() : messages.notCalendar();
  }
  if (encoding === 'windows-1252') issues.push({ severity: 'warning', message: messages.windows1252() });
  if (!prepared.hasCalendar) {
    issues.push({ severity: 'warning', message: messages.bareEvents(), line: prepared.eventLines[0] });
    prepared.lines = [{ text: 'BEGIN:VCALENDAR', line: 1 }, ...prepared.lines, { text: 'END:VCALENDAR', line: 1 }];
  }
  issues.push(...prepared.issues);
  return prepared;
}

/** Makes the feed's own VTIMEZONEs, and only them, known to ical.js. */
function registerZones(components: CalendarComponents): void {
  ICAL.TimezoneService.reset();
  for (const vtimezone of components.timezones) {
    // A zone ical.js cannot read is resolved by its name instead (resolve-time-zone.ts).
    if (typeof vtimezone.getFirstPropertyValue('tzid') === 'string') {
      tryRead(() => {
        ICAL.TimezoneService.register(vtimezone);
      });
    }
  }
}

/** The instances of every series in the window, or `null` when they are more than the occurrences budget. */
function expandAll(components: CalendarComponents, options: ParseOptions, issues: Issue[]): FeedEvent[] | null {
  const fallback = options.timeZone === '' ? 'Europe/Paris' : options.timeZone;
  const floating =
    components.wrTimeZone === null ? fallback : (resolveTimeZone(components.wrTimeZone, fallback) ?? fallback);
  const zones = createZoneContext(floating, issues);
  const ctx: ExpandContext = {
    from: options.window.from.getTime(),
    to: options.window.to.getTime(),
    cap: options.seriesCap ?? DEFAULT_SERIES_CAP,
    zones,
    cancelAll: components.method === 'CANCEL',
    issues,
    privateCount: 0,
    maxInstances: options.budget?.occurrences ?? Number.POSITIVE_INFINITY,
    kept: 0,
    overBudget: false,
  };
  const events: FeedEvent[] = [];
  for (const series of groupSeries(components.events, zones, issues)) {
    try {
      events.push(...expandSeries(series, ctx));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      issues.push({
        severity: 'error',
        message: messages.unreadableEvent(detail),
        line: series.master?.line ?? series.overrides[0]?.line,
      });
    }
    // Past the budget the feed is refused: expanding the other series would only cost memory.
    if (ctx.overBudget) return null;
  }
  if (ctx.privateCount > 0) issues.push({ severity: 'warning', message: messages.privateEvents(ctx.privateCount) });
  return events;
}

/**
 * Reads an iCalendar feed with ical.js: the instances of its events overlapping the window, as
 * FeedEvents (times in Europe/Paris with offset), and the problems met, in plain French, with
 * their line. Pure, synchronous, never throws: a damaged file gives what can be recovered;
 * `fatal` only when the input is not a calendar at all.
 */
export const parseIcsFeed: FeedParser = (input, options) => {
  const issues: Issue[] = [];
  const prepared = prepareInput(input, issues);
  if (typeof prepared === 'string') return fatal(prepared, issues);
  const eventCount = prepared.eventLines.length;
  const budget = options.budget;
  // Counted before ical.js reads anything: 100 000 VEVENTs would cost memory for nothing.
  if (budget !== undefined && eventCount > budget.events)
    return refuseOverBudget('events', budget.events, { counted: eventCount, atLeast: false }, eventCount);
  try {
    // Before any rule is iterated: a rule that never yields a date must not hang the run.
    installRecurIteratorGuard();
    const components = readComponents(prepared, issues);
    registerZones(components);
    const events = expandAll(components, options, issues);
    if (events === null && budget !== undefined)
      return refuseOverBudget(
        'occurrences',
        budget.occurrences,
        { counted: budget.occurrences + 1, atLeast: true },
        eventCount,
      );
    return { events: events ?? [], issues: issues.map(dropUndefinedLine), fatal: false, eventCount };
  } catch (error) {
    // Unexpected: report the feed as unusable rather than as empty, so its last good data is kept.
    const detail = error instanceof Error ? error.message : String(error);
    return fatal(messages.unexpected(detail), issues.map(dropUndefinedLine));
  } finally {
    // A feed must never see another feed's zones.
    ICAL.TimezoneService.reset();
  }
};

function dropUndefinedLine(issue: Issue): Issue {
  return issue.line === undefined ? { severity: issue.severity, message: issue.message } : issue;
}
