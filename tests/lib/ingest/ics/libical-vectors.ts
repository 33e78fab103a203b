import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir, parseCorpus } from './corpus-support.ts';

/** One RRULE vector of libical's `icalrecur_test.txt` and what we produce for it. */
export interface RecurVector {
  description: string;
  rule: string;
  expected: string[];
  actual: string[];
}

/** `19980101T090000` (floating, read in UTC as §1a says) → ISO instant; `19980101` → date. */
function toInstant(value: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value.trim());
  if (m === null) return `unreadable ${value}`;
  const [, y, mo, d, h, mi, s] = m;
  return h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
}

const normalise = (when: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(when) ? when : new Date(when).toISOString().replace('.000Z', 'Z');

/** Every vector of §1a expanded by parseIcsFeed from DTSTART (or START-AT), floating times read in UTC. */
export function runRecurVectors(): RecurVector[] {
  const text = readFileSync(path.join(corpusDir, 'libical/icalrecur_test.txt'), 'utf8');
  return text
    .split(/\n\s*\n/)
    .filter((block) => /^RRULE:/m.test(block))
    .map((block) => {
      const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(block)?.[1]?.trim() ?? '';
      const description = /^#\s*(.*)$/m.exec(block)?.[1] ?? field('RRULE');
      const start = field('DTSTART');
      const startAt = field('START-AT');
      const from = toInstant(startAt === '' ? start : startAt);
      const isDate = /^\d{8}$/.test(start);
      const calendar = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:vector\r\nDTSTART${isDate ? ';VALUE=DATE' : ''}:${start}\r\nRRULE:${field('RRULE')}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
      const result = parseCorpus('vector', from.length === 10 ? `${from}T00:00:00Z` : from, '2200-01-01T00:00:00Z', {
        timeZone: 'UTC',
        seriesCap: 10_000,
        text: calendar,
      });
      const expected = field('INSTANCES')
        .split(',')
        .filter((v) => v !== '')
        .map(toInstant)
        .filter((v) => v >= from.slice(0, v.length));
      return { description, rule: field('RRULE'), expected, actual: result.events.map((e) => normalise(e.start)) };
    });
}

/** One VEVENT of libical's `recur.txt` (§1b) with its expected and actual instance counts. */
export interface CountVector {
  description: string;
  expected: number;
  actual: number;
}

/** Every uncommented VEVENT of §1b expanded over a wide window (floating times read in UTC). */
export function runCountVectors(): CountVector[] {
  const text = readFileSync(path.join(corpusDir, 'libical/recur.txt'), 'utf8');
  const blocks = text.match(/^BEGIN:VEVENT[\s\S]*?^END:VEVENT/gm) ?? [];
  return blocks.map((block) => {
    const expected = Number(/^X-EXPECT-NUMEVENTS:\s*(\d+)/m.exec(block)?.[1] ?? Number.NaN);
    const description = /^SUMMARY:(.*)$/m.exec(block)?.[1]?.trim() ?? /^RRULE:(.*)$/m.exec(block)?.[1] ?? '';
    const result = parseCorpus('recur', '1900-01-01T00:00:00Z', '2200-01-01T00:00:00Z', {
      timeZone: 'UTC',
      seriesCap: 10_000,
      text: `BEGIN:VCALENDAR\r\n${block.replace(/\r?\n/g, '\r\n')}\r\nEND:VCALENDAR\r\n`,
    });
    return { description, expected, actual: result.events.length };
  });
}
