import type { Issue } from '../../domain/issue.ts';
import { messages } from './messages.ts';

/** One content line (with its folded continuations) and the 1-based line of the file it starts on. */
export interface SourceLine {
  text: string;
  line: number;
}

/** A component at the top of the calendar (VEVENT, VTIMEZONE…) as lines, for piecewise recovery. */
export interface LineBlock {
  name: string;
  lines: SourceLine[];
}

/** The feed's lines, cleaned enough for ical.js, and what was noticed on the way. */
export interface PreparedLines {
  lines: SourceLine[];
  /** 1-based line of each `BEGIN:VEVENT`, in file order (ical.js keeps that order). */
  eventLines: number[];
  /** Components directly under VCALENDAR (or bare at the top of the file). */
  blocks: LineBlock[];
  /** Properties directly under VCALENDAR (METHOD, X-WR-TIMEZONE…). */
  calendarProperties: SourceLine[];
  hasCalendar: boolean;
  issues: Issue[];
}

const CONTENT_LINE = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]/;
const TEXT_PROPERTY = /^(?:DESCRIPTION|SUMMARY|LOCATION|COMMENT|X-ALT-DESC)[;:]/i;
const NON_CHARACTERS = /[\uFFFE\uFFFF]/g;
// A date written without VALUE=DATE (`DTSTART;TZID=Europe/Paris:20241225`, `DTSTART:20160816T::`).
const UNTYPED_DATE =
  /^(DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)((?:;(?!VALUE=)[^:;]*)*):(\d{8}(?:,\d{8})*)(?:T:*)?\s*$/i;
const BEGIN = /^BEGIN:([A-Za-z0-9-]+)\s*$/i;
const END = /^END:([A-Za-z0-9-]+)\s*$/i;

interface State {
  out: PreparedLines;
  stack: string[];
  block: LineBlock | null;
  strayStart: number | null;
}

function pushLine(state: State, entry: SourceLine): void {
  state.out.lines.push(entry);
  const depth = state.stack.length;
  if (state.block !== null) state.block.lines.push(entry);
  else if (depth === 1 && state.stack[0] === 'VCALENDAR') state.out.calendarProperties.push(entry);
}

function openComponent(state: State, name: string, entry: SourceLine): void {
  const upper = name.toUpperCase();
  if (upper === 'VCALENDAR') state.out.hasCalendar = true;
  if (upper === 'VEVENT') state.out.eventLines.push(entry.line);
  const topLevel = state.stack.length === 0 || (state.stack.length === 1 && state.stack[0] === 'VCALENDAR');
  if (topLevel && upper !== 'VCALENDAR') state.block = { name: upper, lines: [] };
  pushLine(state, entry);
  state.stack.push(upper);
}

function closeComponent(state: State, name: string, entry: SourceLine): void {
  const upper = name.toUpperCase();
  const at = state.stack.lastIndexOf(upper);
  if (at === -1) return; // An END without its BEGIN: dropped.
  while (state.stack.length > at + 1) {
    closeComponent(state, state.stack[state.stack.length - 1] ?? upper, {
      text: `END:${state.stack.at(-1)}`,
      line: entry.line,
    });
  }
  pushLine(state, entry);
  state.stack.pop();
  if (
    state.block !== null &&
    (state.stack.length === 0 || (state.stack.length === 1 && state.stack[0] === 'VCALENDAR'))
  ) {
    state.out.blocks.push(state.block);
    state.block = null;
  }
}

function handleStray(state: State, raw: string, line: number): void {
  const previous = state.out.lines.at(-1);
  if (state.strayStart === null) {
    state.strayStart = line;
    state.out.issues.push({ severity: 'warning', message: messages.strayLine(raw), line });
  }
  // A line break inside a description that the producer forgot to fold: keep the text.
  if (previous !== undefined && state.stack.length > 0 && TEXT_PROPERTY.test(previous.text)) {
    previous.text += `\\n${raw.trim().replace(/([,;])/g, '\\$1')}`;
  }
}

// `DTSTART;TZID="W. Europe Standard Time:20200609T090000"` (the value inside the quotes), or the
// closing quote missing: the parameter is closed before the value.
const MISPLACED_QUOTE = /^([^":]*=")([^":]*):([^":"]*)"?\s*$/;

/** A content line split before its value: the name and parameters (quoted ones may hold `:`), then the value. */
const NAME_AND_VALUE = /^([^:"]*(?:"[^"]*"[^:"]*)*):([\s\S]*)$/;
/** `\"` in a TEXT value, not itself escaped (`\\"` is a backslash then a quote). */
const ESCAPED_QUOTE = /(?<!\\)((?:\\\\)*)\\"/g;

/**
 * `\"` is not an RFC 5545 escape, but some exporters write it for a quote in a TEXT value: it is
 * read as `"`. The escapes of the RFC (`\\`, `\;`, `\,`, `\n`, `\N`) are left to ical.js.
 */
function unescapeQuotes(raw: string): string {
  const match = NAME_AND_VALUE.exec(raw);
  if (match === null || !raw.includes('\\"')) return raw;
  return `${match[1] ?? ''}:${(match[2] ?? '').replace(ESCAPED_QUOTE, '$1"')}`;
}

/** Repairs producers' slips that make ical.js reject a whole property, or read it wrong. */
function repairProperty(raw: string): string {
  // `RRULE:FREQ=WEEKLY;BYDAY=MO, TU, WE` (spaces inside a rule).
  if (/^(?:RRULE|EXRULE)[;:]/i.test(raw)) return raw.replace(/\s+/g, '');
  if (TEXT_PROPERTY.test(raw) || /^CATEGORIES[;:]/i.test(raw)) return unescapeQuotes(raw);
  return raw.replace(UNTYPED_DATE, '$1$2;VALUE=DATE:$3');
}

function handleLine(state: State, line: number, text: string): void {
  const raw = text.replace(MISPLACED_QUOTE, '$1$2":$3');
  const begin = BEGIN.exec(raw);
  const end = END.exec(raw);
  if (begin?.[1] !== undefined) openComponent(state, begin[1], { text: raw.trim(), line });
  else if (end?.[1] !== undefined) closeComponent(state, end[1], { text: raw.trim(), line });
  else if (!CONTENT_LINE.test(raw)) {
    handleStray(state, raw, line);
    return;
  } else if (state.stack.length > 0) pushLine(state, { text: repairProperty(raw), line });
  state.strayStart = null;
}

/** Physical lines joined with their folded continuations (a line starting with a space or a tab). */
function unfold(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text
    .replace(NON_CHARACTERS, '')
    .split(/\r\n|\n|\r/)
    .forEach((raw, index) => {
      const previous = out.at(-1);
      if ((raw.startsWith(' ') || raw.startsWith('\t')) && previous !== undefined) previous.text += raw.slice(1);
      else if (raw.trim() !== '') out.push({ text: previous === undefined ? raw.trimStart() : raw, line: index + 1 });
    });
  return out;
}

/**
 * Lines of an iCalendar text, unfolded, with what ical.js would choke on repaired: blank lines and
 * text outside any component dropped, lines that are not properties (unfolded descriptions)
 * joined to the description they belong to, components left open at the end closed.
 */
export function prepareLines(text: string): PreparedLines {
  const state: State = {
    out: { lines: [], eventLines: [], blocks: [], calendarProperties: [], hasCalendar: false, issues: [] },
    stack: [],
    block: null,
    strayStart: null,
  };
  const lines = unfold(text);
  lines.forEach(({ text: raw, line }) => {
    handleLine(state, line, raw);
  });
  const lastLine = text.split(/\r\n|\n|\r/).length;
  if (state.stack.length > 0) {
    state.out.issues.push({
      severity: 'warning',
      message: messages.truncated(state.stack.at(-1) ?? ''),
      line: lastLine,
    });
    while (state.stack.length > 0)
      closeComponent(state, state.stack.at(-1) ?? '', { text: `END:${state.stack.at(-1)}`, line: lastLine });
  }
  return state.out;
}
