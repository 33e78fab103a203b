import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { OpenEventSchema } from '../../src/lib/export/open-data-schemas.ts';
import { readAllEvents } from '../../src/loaders/read-content.ts';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';

/*
 * The RSS feed of the built site read by a feed library (rss-parser): dates, order, lastBuildDate,
 * compared with what the ingest wrote (`firstSeen`, kept across nights) and the published events.
 */

/** The territory site: content/ as shipped, demo feeds and all (tests/support/shared-site.ts). */
const builtSiteDir = useTestSite(territorySite).dist;
const builtContentDir = territorySite.contentDir;
const SITE_NOW = territorySite.now;
interface Item {
  link: string;
  title: string;
  pubDate: string;
  isoDate: string;
}
let feed: { lastBuildDate?: string; items: Item[] };
/** Series id of each event page, and the earliest firstSeen and next start of each series. */
let seriesOfPage: Map<string, string>;
let firstSeen: Map<string, number>;
let nextStart: Map<string, number>;

beforeAll(async () => {
  const xml = await readFile(path.join(builtSiteDir, 'rss.xml'), 'utf8');
  feed = (await new Parser().parseString(xml)) as unknown as typeof feed;
  const events = OpenEventSchema.array().parse(
    JSON.parse(await readFile(path.join(builtSiteDir, 'donnees/evenements.json'), 'utf8')),
  );
  seriesOfPage = new Map(events.map((e) => [e.page, e.seriesId]));
  nextStart = new Map();
  for (const e of events) {
    const t = Date.parse(e.start.length === 10 ? `${e.start}T00:00:00+01:00` : e.start);
    if (Date.parse(e.end.length === 10 ? `${e.end}T00:00:00+01:00` : e.end) > Date.parse(SITE_NOW))
      nextStart.set(e.seriesId, Math.min(nextStart.get(e.seriesId) ?? Infinity, t));
  }
  firstSeen = new Map();
  for (const file of await readAllEvents(builtContentDir))
    for (const o of file.events.occurrences)
      firstSeen.set(o.seriesId, Math.min(firstSeen.get(o.seriesId) ?? Infinity, Date.parse(o.firstSeen)));
});

const series = (item: Item) => seriesOfPage.get(item.link) ?? '';

describe('the RSS feed, read by rss-parser', () => {
  it('has a lastBuildDate, the build’s date, no earlier than any item', () => {
    expect(feed.lastBuildDate).toBeDefined();
    const built = Date.parse(feed.lastBuildDate ?? '');
    expect(built).toBe(Date.parse(SITE_NOW));
    for (const item of feed.items) expect(Date.parse(item.pubDate)).toBeLessThanOrEqual(built);
  });

  it('dates each item by the night the site first published its series (the ingest’s firstSeen)', () => {
    expect(feed.items.length).toBeGreaterThan(20);
    for (const item of feed.items) {
      expect(firstSeen.has(series(item)), item.link).toBe(true);
      expect(Date.parse(item.isoDate), item.title).toBe(firstSeen.get(series(item)));
    }
  });

  it('puts the newest first, and among series published the same night the soonest first', () => {
    const keys = feed.items.map((i) => ({ published: Date.parse(i.isoDate), next: nextStart.get(series(i)) ?? 0 }));
    const sorted = [...keys].sort((a, b) => b.published - a.published || a.next - b.next);
    expect(keys).toEqual(sorted);
  });
});
