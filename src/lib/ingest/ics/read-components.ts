import ICAL from 'ical.js';
import type { Issue } from '../../domain/issue.ts';
import type { EventRecord } from './group-series.ts';
import { tryRead } from './try-read.ts';
import { messages } from './messages.ts';
import type { LineBlock, PreparedLines, SourceLine } from './prepare-lines.ts';

/** The components of a feed as ical.js reads them, each VEVENT with its line. */
export interface CalendarComponents {
  events: EventRecord[];
  timezones: ICAL.Component[];
  /** X-WR-TIMEZONE of the calendar, if any. */
  wrTimeZone: string | null;
  /** METHOD of the calendar (`PUBLISH`, `CANCEL`…), upper-cased, if any. */
  method: string | null;
}

const joinLines = (lines: SourceLine[]) => lines.map((l) => l.text).join('\r\n');

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 120);
}

function calendarsOf(jcal: unknown): ICAL.Component[] {
  const roots = Array.isArray(jcal) && Array.isArray(jcal[0]) ? (jcal as unknown[]) : [jcal];
  return roots.map((root) => new ICAL.Component(root as unknown[]));
}

/** Longest DURATION accepted (ten years): ical.js would spend minutes normalising a longer one. */
const MAX_DURATION_SECONDS = 10 * 366 * 86_400;

/** Removes a DURATION that is unreadable or absurdly long, with a warning; the event then lasts 0 or 1 day. */
function checkDuration(record: EventRecord, issues: Issue[]): void {
  const property = record.vevent.getFirstProperty('duration');
  if (property === null) return;
  const seconds = tryRead(() => (property.getFirstValue() as ICAL.Duration).toSeconds());
  if (seconds !== null && Number.isFinite(seconds) && Math.abs(seconds) <= MAX_DURATION_SECONDS) return;
  record.vevent.removeProperty(property);
  issues.push({ severity: 'warning', message: messages.badDuration(), line: record.line });
}

/** Removes a DTEND that cannot be read (`DTEND:None`), with a warning: the event keeps its start. */
function checkEnd(record: EventRecord, issues: Issue[]): void {
  const property = record.vevent.getFirstProperty('dtend');
  if (property === null) return;
  const end = tryRead(() => property.getFirstValue() as ICAL.Time);
  // Its fields, not its instant: `toUnixTime` would convert it, and is NaN only when one is.
  if (end !== null && [end.year, end.month, end.day, end.hour, end.minute, end.second].every(Number.isFinite)) return;
  record.vevent.removeProperty(property);
  issues.push({ severity: 'warning', message: messages.badEnd(), line: record.line });
}

function collect(calendars: ICAL.Component[], eventLines: number[], issues: Issue[]): CalendarComponents {
  // A VTIMEZONE without TZID makes ical.js fail on every TZID of the file: it is useless anyway.
  for (const calendar of calendars) {
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      if (!zone.hasProperty('tzid')) calendar.removeSubcomponent(zone);
    }
  }
  const events = calendars.flatMap((calendar) => calendar.getAllSubcomponents('vevent'));
  const first = calendars[0];
  const wr = first?.getFirstPropertyValue('x-wr-timezone');
  const method = first?.getFirstPropertyValue('method');
  const records = events.map((vevent, index) => ({ vevent, line: eventLines[index] ?? 1 }));
  for (const record of records) {
    checkDuration(record, issues);
    checkEnd(record, issues);
  }
  return {
    events: records,
    timezones: calendars.flatMap((calendar) => calendar.getAllSubcomponents('vtimezone')),
    wrTimeZone: typeof wr === 'string' && wr.trim() !== '' ? wr.trim() : null,
    method: typeof method === 'string' ? method.trim().toUpperCase() : null,
  };
}

function parseBlock(lines: SourceLine[]): ICAL.Component {
  return new ICAL.Component(ICAL.parse(joinLines(lines)) as unknown[]);
}

/**
 * One component on its own; when ical.js rejects it, the lines it cannot read as properties are
 * dropped (each reported with its line) and the rest is read again. `null` when nothing helps.
 */
function readBlock(block: LineBlock, issues: Issue[]): ICAL.Component | null {
  const first = block.lines[0]?.line ?? 1;
  try {
    return parseBlock(block.lines);
  } catch (error) {
    const kept = block.lines.filter((line) => {
      if (/^(?:BEGIN|END):/i.test(line.text) || tryRead(() => ICAL.Property.fromString(line.text)) !== null)
        return true;
      issues.push({ severity: 'warning', message: messages.unreadableLine(line.text), line: line.line });
      return false;
    });
    const retried = kept.length < block.lines.length ? tryRead(() => parseBlock(kept)) : null;
    if (retried === null)
      issues.push({ severity: 'error', message: messages.unreadableBlock(block.name, describe(error)), line: first });
    return retried;
  }
}

/** Piecewise reading when the whole text does not parse: each VTIMEZONE and VEVENT on its own. */
function readBlocks(prepared: PreparedLines, issues: Issue[]): CalendarComponents {
  const calendar = new ICAL.Component('vcalendar');
  for (const property of prepared.calendarProperties) {
    if (/^(?:BEGIN|END):/i.test(property.text)) continue;
    try {
      calendar.addProperty(ICAL.Property.fromString(property.text));
    } catch (error) {
      issues.push({
        severity: 'warning',
        message: messages.unreadableBlock('VCALENDAR', describe(error)),
        line: property.line,
      });
    }
  }
  const eventLines: number[] = [];
  for (const block of prepared.blocks) {
    const component = readBlock(block, issues);
    if (component === null) continue;
    calendar.addSubcomponent(component);
    if (block.name === 'VEVENT') eventLines.push(block.lines[0]?.line ?? 1);
  }
  return collect([calendar], eventLines, issues);
}

/**
 * The VEVENTs and VTIMEZONEs of a prepared feed. When ical.js cannot read the whole text, each
 * component is read on its own, so one damaged event loses only itself (reported with its line).
 */
export function readComponents(prepared: PreparedLines, issues: Issue[]): CalendarComponents {
  try {
    return collect(calendarsOf(ICAL.parse(joinLines(prepared.lines))), prepared.eventLines, issues);
  } catch (error) {
    issues.push({ severity: 'warning', message: messages.unreadableCalendar(describe(error)) });
    return readBlocks(prepared, issues);
  }
}
