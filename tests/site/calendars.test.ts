import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OpenEventSchema, type OpenEvent } from '../../src/lib/export/open-data-schemas.ts';
import { CALENDAR_AHEAD_DAYS, CALENDAR_KEEP_DAYS } from '../../src/lib/export/select-occurrences.ts';
import { expandWithIcalJs, expandWithNodeIcal, type CalendarInstance } from '../support/read-calendars.ts';
import { filesEndingWith } from '../support/read-dist.ts';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';

/*
 * Every .ics of the built site read by two independent readers (ical.js and node-ical), expanded
 * to the dates a calendar app shows and compared with the dates the site publishes in its open
 * data; then checked line by line for the rules strict readers (libical, python-icalendar) apply.
 */

/** The territory site: content/ as shipped, demo feeds and all (tests/support/shared-site.ts). */
const builtSiteDir = useTestSite(territorySite).dist;
const builtContentDir = territorySite.contentDir;
const SITE_NOW = territorySite.now;
const DAY = 86_400_000;
const now = new Date(SITE_NOW);
const windowStart = new Date(now.getTime() - CALENDAR_KEEP_DAYS * DAY);
const windowEnd = new Date(now.getTime() + CALENDAR_AHEAD_DAYS * DAY);
const farFuture = new Date(now.getTime() + 800 * DAY);

let files: string[] = [];
let published: OpenEvent[] = [];
let communeOf: Map<string, string>;
beforeAll(async () => {
  files = await filesEndingWith(builtSiteDir, '.ics');
  published = OpenEventSchema.array().parse(
    JSON.parse(await readFile(path.join(builtSiteDir, 'donnees/evenements.json'), 'utf8')),
  );
  const communes = JSON.parse(await readFile(path.join(builtContentDir, 'communes.json'), 'utf8')) as {
    insee: string;
    slug?: string;
    name: string;
  }[];
  communeOf = new Map(communes.map((c) => [c.insee, c.name]));
});

const read = (file: string) => readFile(path.join(builtSiteDir, file), 'utf8');
/** Content lines, unfolded. */
const contentLines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');
const instant = (when: string) => (when.length === 10 ? when : new Date(when).toISOString());
const shown = (instances: CalendarInstance[]) => instances.map((i) => `${i.start} ${i.status}`).sort();
const startsAfterNow = (i: CalendarInstance) => new Date(i.end.length === 10 ? `${i.end}T00:00:00Z` : i.end) > now;

/** The published upcoming dates a calendar should hold: `filter` of evenements.json, within the window. */
function publishedDates(filter: (e: OpenEvent) => boolean): string[] {
  return published
    .filter((e) => filter(e) && new Date(e.start.length === 10 ? `${e.start}T00:00:00Z` : e.start) < windowEnd)
    .map((e) => `${instant(e.start)} ${e.status.toUpperCase()}`)
    .sort();
}

/** What each calendar file should hold, from its name. */
function selectionOf(file: string): ((e: OpenEvent) => boolean) | null {
  if (file === 'agenda.ics') return () => true;
  const theme = /^agenda\/themes\/([a-z0-9-]+)\.ics$/.exec(file)?.[1];
  if (theme !== undefined) return (e) => e.themes.includes(theme);
  return null;
}

describe('every published calendar, read by ical.js and node-ical', () => {
  it('covers the whole agenda, each commune, each theme and each event', () => {
    expect(files).toContain('agenda.ics');
    expect(files.filter((f) => /^agenda\/[a-z0-9-]+\.ics$/.test(f))).toHaveLength(16);
    expect(files.filter((f) => f.startsWith('agenda/themes/')).length).toBeGreaterThanOrEqual(9);
    expect(files.filter((f) => f.startsWith('evenements/')).length).toBeGreaterThan(20);
  });

  it('gives, for the whole agenda and each theme, the upcoming dates the open data publishes', async () => {
    for (const file of files) {
      const select = selectionOf(file);
      if (select === null) continue;
      const text = await read(file);
      const expected = publishedDates(select);
      for (const expand of [expandWithIcalJs, expandWithNodeIcal]) {
        const upcoming = expand(text, windowStart, farFuture).filter(startsAfterNow);
        expect(shown(upcoming), `${file} (${expand.name})`).toEqual(expected);
      }
    }
  });

  it('gives, for each commune, the upcoming dates the open data places in that commune', async () => {
    for (const file of files.filter((f) => /^agenda\/[a-z0-9-]+\.ics$/.test(f))) {
      const text = await read(file);
      const name = /^X-WR-CALNAME:.* – (.+)$/m.exec(contentLines(text).join('\n'))?.[1] ?? '';
      const expected = publishedDates((e) => e.commune !== null && communeOf.get(e.commune) === name);
      const upcoming = expandWithNodeIcal(text, windowStart, farFuture).filter(startsAfterNow);
      expect(shown(upcoming), file).toEqual(expected);
    }
  });

  it('holds nothing that ended more than 30 days ago nor starts more than six months ahead', async () => {
    for (const file of files.filter((f) => f.startsWith('agenda'))) {
      const all = expandWithNodeIcal(await read(file), new Date('2000-01-01T00:00:00Z'), farFuture);
      const outside = all.filter(
        (i) =>
          new Date(i.start.length === 10 ? `${i.start}T00:00:00Z` : i.start) >= windowEnd ||
          new Date(i.end.length === 10 ? `${i.end}T00:00:00Z` : i.end) <= windowStart,
      );
      expect(
        outside.map((i) => `${i.start} ${i.summary}`),
        file,
      ).toEqual([]);
    }
  });

  it('writes the regular series of the demo as rules, so the whole agenda holds far fewer VEVENTs than dates', async () => {
    const text = await read('agenda.ics');
    const vevents = (text.match(/^BEGIN:VEVENT$/gm) ?? []).length;
    const dates = expandWithNodeIcal(text, windowStart, farFuture).length;
    expect(text).toMatch(/^RRULE:FREQ=WEEKLY;COUNT=\d+;BYDAY=[A-Z]{2}/m);
    expect(text).toMatch(/^RRULE:FREQ=MONTHLY;COUNT=\d+;BYDAY=/m);
    expect(vevents * 2).toBeLessThan(dates);
  });
});

describe('every published calendar, line by line', () => {
  it('has no METHOD, or an ORGANIZER in every event with it (iTIP, RFC 5546)', async () => {
    for (const file of files) {
      const lines = contentLines(await read(file));
      const events = lines.filter((l) => l === 'BEGIN:VEVENT').length;
      const organizers = lines.filter((l) => /^ORGANIZER[;:]/.test(l)).length;
      if (lines.some((l) => l.startsWith('METHOD:'))) expect(organizers, file).toBe(events);
    }
  });

  it('escapes commas and semicolons in every TEXT value of one value (RFC 5545, 3.3.11)', async () => {
    const text = /^(NAME|X-WR-CALNAME|X-WR-CALDESC|DESCRIPTION|SUMMARY|LOCATION)(?:;[^:]*)?:(.*)$/;
    const unescaped: string[] = [];
    for (const file of files)
      for (const line of contentLines(await read(file))) {
        const value = text.exec(line)?.[2];
        if (value !== undefined && /(^|[^\\])(\\\\)*[,;]/.test(value)) unescaped.push(`${file}: ${line}`);
      }
    expect(unescaped).toEqual([]);
  });

  it('never dates CREATED after LAST-MODIFIED, and says « Annulé » once in a cancelled event’s title', async () => {
    const faults: string[] = [];
    for (const file of files) {
      const lines = contentLines(await read(file));
      const created = lines.filter((l) => l.startsWith('CREATED:')).map((l) => l.slice(8));
      const modified = lines.filter((l) => l.startsWith('LAST-MODIFIED:')).map((l) => l.slice(14));
      created.forEach((c, i) => {
        if (c > (modified[i] ?? '')) faults.push(`${file}: CREATED ${c} > LAST-MODIFIED ${modified[i] ?? ''}`);
      });
      for (const summary of lines.filter((l) => l.startsWith('SUMMARY')))
        if ((summary.normalize('NFD').toLowerCase().match(/annul/g) ?? []).length > 1)
          faults.push(`${file}: ${summary}`);
    }
    expect(faults).toEqual([]);
  });

  it('gives a cancelled date a higher SEQUENCE than the dates of its series left as they were', async () => {
    const text = await read('agenda.ics');
    const cancelled = expandWithIcalJs(text, windowStart, farFuture).filter((i) => i.status === 'CANCELLED');
    expect(cancelled.length).toBeGreaterThan(0);
    const blocks = text.split('BEGIN:VEVENT').slice(1);
    for (const block of blocks.filter((b) => /\r\nSTATUS:CANCELLED\r\n/.test(b)))
      expect(Number(/\r\nSEQUENCE:(\d+)\r\n/.exec(block)?.[1]), block.slice(0, 200)).toBeGreaterThan(0);
  });

  it('stays under 1 MB each with the demo data', async () => {
    const sizes = await Promise.all(files.map(async (f) => ({ f, bytes: Buffer.byteLength(await read(f)) })));
    expect(sizes.filter((s) => s.bytes > 1024 * 1024)).toEqual([]);
  });
});
