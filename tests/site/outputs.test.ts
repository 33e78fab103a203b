import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seriesSlugIndex } from '../../src/lib/agenda/series.ts';
import { OpenEventSchema, OpenPlaceSchema } from '../../src/lib/export/open-data-schemas.ts';
import { auditPage, describeViolations, openContext } from '../support/browser.ts';
import { validateMednumTable } from '../support/mednum-schema.ts';
import { editedOccurrences, fixtureOccurrences } from '../support/outputs-fixture.ts';
import { expandWithIcalJs, type CalendarInstance } from '../support/read-calendars.ts';
import { filesEndingWith } from '../support/read-dist.ts';
import { fixtureSite, territorySite } from '../support/shared-site.ts';
import { siteUrl, useServedSite, useTestSite } from '../support/use-served-site.ts';

/*
 * The outputs fixture (tests/support/outputs-fixture.ts) in the two test sites (shared-site.ts):
 * A, the fixture site, at the first "now"; B, the territory site, a week later after the partner
 * moved a date, cancelled an event and added one. A calendar subscribed to A then refreshed from
 * B must see updates, never duplicates. Both sites hold other events (the other fixtures, and
 * the demo feeds in B): what is said of the fixture is checked on its own events (`own…`).
 */
const distA = useTestSite(fixtureSite).dist;
const distB = useTestSite(territorySite).dist;
/** The embedded territory (content/ as shipped, demo feeds) is the territory site. */
const builtSiteDir = territorySite.dist;
const read = (dist: string, file: string) => readFile(path.join(dist, file), 'utf8');

/**
 * The fixture's ids in A and in B: a calendar UID is `<id>@<host>`, the id of an occurrence or,
 * for a series written as a rule, of its series.
 */
const idsOf = (occurrences: ReturnType<typeof fixtureOccurrences>) =>
  new Set(occurrences.flatMap((o) => [o.id, o.seriesId]));
const idsA = idsOf(fixtureOccurrences());
const idsB = idsOf(editedOccurrences());
const own = <T extends { uid: string }>(events: T[], ids: Set<string>) =>
  events.filter((e) => ids.has(e.uid.split('@')[0] ?? ''));
/** The fixture's series titles, and the calendar files of its series pages. */
const ownTitles = new Set(fixtureOccurrences().map((o) => o.title));
const ownSeriesFiles = new Set([...seriesSlugIndex(fixtureOccurrences()).values()].map((s) => `evenements/${s}.ics`));

function readCalendar(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = cal.getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    summary: String(e.getFirstPropertyValue('summary')),
    start: String(e.getFirstPropertyValue('dtstart')),
    status: String(e.getFirstPropertyValue('status')),
    sequence: Number(e.getFirstPropertyValue('sequence')),
    recurrenceId: String(e.getFirstPropertyValue('recurrence-id') ?? ''),
  }));
  return { cal, events };
}

describe('the published calendars', () => {
  it('are all read back by ical.js, with unique UIDs, the Paris VTIMEZONE, a name and lines of at most 75 octets', async () => {
    const files = await filesEndingWith(distA, '.ics');
    expect(files).toContain('agenda.ics');
    expect(files).toContain('agenda/janze.ics');
    expect(files).toContain('agenda/themes/fabrication.ics');
    expect(files.filter((f) => ownSeriesFiles.has(f))).toHaveLength(5);
    for (const file of files) {
      const text = await read(distA, file);
      for (const line of text.split('\r\n'))
        expect(Buffer.byteLength(line), `${file} : ${line}`).toBeLessThanOrEqual(75);
      const { cal, events } = readCalendar(text);
      expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'), file).toBe('Europe/Paris');
      expect(cal.getFirstPropertyValue('x-wr-calname'), file).toBeTruthy();
      // A rule's overrides share its UID, each with its own RECURRENCE-ID.
      expect(new Set(events.map((e) => `${e.uid} ${e.recurrenceId}`)).size, file).toBe(events.length);
    }
  });

  it('put each occurrence in its commune’s and its theme’s calendar only', async () => {
    const janze = readCalendar(await read(distA, 'agenda/janze.ics')).events.map((e) => e.summary);
    expect(janze).toContain('Atelier tablette pour débutants');
    expect(janze).not.toContain('OpenLab du samedi');
    const fabrication = readCalendar(await read(distA, 'agenda/themes/fabrication.ics')).events.map((e) => e.summary);
    expect(new Set(fabrication.filter((t) => ownTitles.has(t)))).toEqual(
      new Set(['OpenLab du samedi', 'Stage impression 3D (vacances de Noël)']),
    );
  });

  it('update a subscribed calendar after a rebuild instead of duplicating its events', async () => {
    const from = new Date('2026-10-01T00:00:00Z');
    const to = new Date('2028-01-01T00:00:00Z');
    // A calendar app keys each date by UID and RECURRENCE-ID: refreshing replaces those it knows and adds the new ones.
    const key = (i: CalendarInstance) => `${i.uid} ${i.recurrenceId ?? ''}`;
    const before = own(expandWithIcalJs(await read(distA, 'agenda.ics'), from, to), idsA);
    const after = own(expandWithIcalJs(await read(distB, 'agenda.ics'), from, to), idsB);
    const subscribed = new Map(before.map((i) => [key(i), i]));
    for (const i of after) subscribed.set(key(i), i);
    expect(subscribed.size).toBe(before.length + 1);
    const moved = after.find((i) => i.start.startsWith('2026-12-15'));
    expect(moved?.start).toBe('2026-12-15T14:00:00.000Z');
    expect(before.find((i) => key(i) === key(moved as CalendarInstance))?.start).toBe('2026-12-15T13:00:00.000Z');
    const cancelled = after.find((i) => i.summary.includes('Arnaques'));
    expect(cancelled?.status).toBe('CANCELLED');
    expect(before.find((i) => i.uid === cancelled?.uid)?.status).toBe('CONFIRMED');
    // The edited and the cancelled events carry a higher SEQUENCE than before.
    const sequenceOf = (events: ReturnType<typeof readCalendar>['events'], uid: string, recurrenceId = '') =>
      events.find((e) => e.uid === uid && e.recurrenceId === recurrenceId)?.sequence ?? -1;
    const eventsA = own(readCalendar(await read(distA, 'agenda.ics')).events, idsA);
    const eventsB = own(readCalendar(await read(distB, 'agenda.ics')).events, idsB);
    const overridden = eventsB.find((e) => e.recurrenceId.startsWith('2026-12-15'));
    expect(overridden?.sequence).toBeGreaterThan(sequenceOf(eventsA, overridden?.uid ?? ''));
    expect(sequenceOf(eventsB, cancelled?.uid ?? '')).toBeGreaterThan(sequenceOf(eventsA, cancelled?.uid ?? ''));
  });

  it('keep the same UIDs for unchanged events across builds at different dates', async () => {
    const uidsA = own(readCalendar(await read(distA, 'agenda.ics')).events, idsA).map((e) => e.uid);
    const uidsB = new Set(readCalendar(await read(distB, 'agenda.ics')).events.map((e) => e.uid));
    expect(uidsA.filter((u) => !uidsB.has(u))).toEqual([]);
  });
});

describe('the outputs of the embedded territory (demo feeds, 27 places)', () => {
  it('are calendars read back by ical.js with unique UIDs and lines of at most 75 octets', async () => {
    const files = await filesEndingWith(builtSiteDir, '.ics');
    expect(files.length).toBeGreaterThan(16 + 9);
    const dates = expandWithIcalJs(
      await read(builtSiteDir, 'agenda.ics'),
      new Date('2026-01-01T00:00:00Z'),
      new Date('2028-01-01T00:00:00Z'),
    );
    expect(dates.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = await read(builtSiteDir, file);
      expect(
        text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75),
        file,
      ).toBe(true);
      const { events } = readCalendar(text);
      expect(new Set(events.map((e) => `${e.uid} ${e.recurrenceId}`)).size, file).toBe(events.length);
    }
  });

  it('have an RSS item per series, never twice the same event page', async () => {
    const rss = new XMLParser({ isArray: (name) => name === 'item' }).parse(await read(builtSiteDir, 'rss.xml')) as {
      rss: { channel: { item: { link: string }[] } };
    };
    const links = rss.rss.channel.item.map((i) => i.link);
    expect(links.length).toBeGreaterThan(5);
    expect(new Set(links).size).toBe(links.length);
  });

  it('have a valid national file with every place whose address is confirmed, and valid JSON records', async () => {
    const csv = await read(builtSiteDir, 'donnees/lieux-mediation-numerique.csv');
    const table = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    const places = OpenPlaceSchema.array().parse(JSON.parse(await read(builtSiteDir, 'donnees/lieux.json')));
    // lieux.json has every place; its street is null while the address is to confirm, and then the
    // national file (which requires a street) leaves the place out.
    expect(table.data.map((r) => r['id'])).toEqual(places.filter((p) => p.address.street !== null).map((p) => p.id));
    expect(validateMednumTable(table.meta.fields ?? [], table.data)).toEqual([]);
    OpenEventSchema.array().parse(JSON.parse(await read(builtSiteDir, 'donnees/evenements.json')));
  });

  it('have a printable poster and a programme of the quarter for each of the 16 communes', async () => {
    const pages = await filesEndingWith(path.join(builtSiteDir, 'programme'), 'index.html');
    expect(pages.filter((f) => /^[a-z-]+\/index\.html$/.test(f))).toHaveLength(16);
    expect(pages.filter((f) => /^[a-z-]+\/trimestre\/index\.html$/.test(f))).toHaveLength(16);
  });
});

describe('a rebuild at another date', () => {
  it('leaves the calendar of an unchanged event byte for byte the same', async () => {
    const files = (await filesEndingWith(distA, '.ics')).filter((f) => f.startsWith('evenements/openlab'));
    expect(files).toHaveLength(1);
    const [file = ''] = files;
    expect(await read(distB, file)).toBe(await read(distA, file));
  });
});

describe('the RSS feed', () => {
  it('is well-formed RSS 2.0 with one item per upcoming series, newest first', async () => {
    const xml = await read(distA, 'rss.xml');
    const rss = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml) as {
      rss: { channel: { item: { title: string; link: string; pubDate: string }[] } };
    };
    const items = rss.rss.channel.item;
    expect(items.map((i) => i.title.split(' — ')[0]).filter((t) => ownTitles.has(t ?? ''))).toEqual([
      'Arnaques en ligne : les reconnaître, s’en protéger, réagir',
      'OpenLab du samedi',
      'Atelier tablette pour débutants',
      'Stage impression 3D (vacances de Noël)',
    ]);
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
  });

  it('keeps partner text with markup as text', async () => {
    const rss = new XMLParser({ isArray: (name) => name === 'item' }).parse(await read(distA, 'rss.xml')) as {
      rss: { channel: { item: { description: string }[] } };
    };
    expect(rss.rss.channel.item.map((i) => i.description).join('\n')).toContain(
      'Imprimante 3D & découpe laser <niveau débutant> ]]> </description></item>',
    );
  });

  it('announces a cancelled event as cancelled after the rebuild', async () => {
    const xml = await read(distB, 'rss.xml');
    expect(xml).toContain('<title>ANNULÉ : Arnaques en ligne : les reconnaître, s’en protéger, réagir');
  });

  it('is announced on every page for feed readers', async () => {
    for (const page of ['index.html', 'donnees/index.html', 'programme/index.html', 'programme/janze/index.html']) {
      expect(await read(distA, page), page).toContain('<link rel="alternate" type="application/rss+xml"');
    }
  });
});

describe('the open data', () => {
  it('gives the directory in the national schema, every row valid', async () => {
    const table = Papa.parse<Record<string, string>>(
      (await read(distA, 'donnees/lieux-mediation-numerique.csv')).trim(),
      { header: true },
    );
    expect(table.errors).toEqual([]);
    expect(table.data.length).toBeGreaterThanOrEqual(2);
    expect(validateMednumTable(table.meta.fields ?? [], table.data)).toEqual([]);
    const json = JSON.parse(await read(distA, 'donnees/lieux-mediation-numerique.json')) as { id: string }[];
    expect(json.map((p) => p.id)).toEqual(table.data.map((r) => r['id']));
  });

  it('gives upcoming events and places as JSON', async () => {
    const events = OpenEventSchema.array().parse(JSON.parse(await read(distA, 'donnees/evenements.json')));
    expect(events.filter((e) => idsA.has(e.id))).toHaveLength(fixtureOccurrences().length - 1);
    expect(events[0]?.page).toMatch(/^https:\/\/[^/]+\/evenements\/[a-z0-9-]+\/$/);
    const places = OpenPlaceSchema.array().parse(JSON.parse(await read(distA, 'donnees/lieux.json')));
    expect(places.map((p) => p.id)).toContain('mediatheque-janze');
  });

  it('has a sitemap announced by robots.txt', async () => {
    const robots = await read(distA, 'robots.txt');
    expect(robots).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
    const sitemap = await read(distA, 'sitemap-0.xml');
    expect(sitemap).toContain('/programme/janze/</loc>');
    expect(sitemap).toContain('/donnees/</loc>');
  });
});

describe('the printable programmes in Chromium', () => {
  const site = useServedSite(fixtureSite);

  it.each(['/donnees/', '/programme/', '/programme/janze/', '/programme/janze/trimestre/'])(
    '%s has no axe violation',
    async (url) => {
      const { violations, blocked } = await auditPage(site.browser, site.url, url);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(blocked).toEqual([]);
    },
  );

  /** Prints a page to A4 PDF; returns its page count and the elements wider than the printable width. */
  async function printToA4(origin: string, url: string) {
    // 186 mm: the width inside the 12 mm margins of an A4 page, at 96 px per inch.
    const printable = Math.floor((186 / 25.4) * 96);
    const { context } = await openContext(site.browser, origin, { viewport: { width: printable, height: 1000 } });
    const page = await context.newPage();
    await page.goto(origin + url);
    await page.emulateMedia({ media: 'print' });
    const overflowing = await page.evaluate(
      (width) =>
        [...document.querySelectorAll('main *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1)
          .map((el) => el.outerHTML.slice(0, 80)),
      printable,
    );
    const headerShown = await page.isVisible('.site-header');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await context.close();
    return { overflowing, headerShown, pages: (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length };
  }

  it.each([
    ['/programme/', 3],
    ['/programme/janze/', 2],
  ])('%s prints on A4 in at most %i pages with nothing cut off at the margins', async (url, maxPages) => {
    const printed = await printToA4(site.url, url);
    expect(printed.overflowing).toEqual([]);
    expect(printed.headerShown).toBe(false);
    expect(printed.pages).toBeGreaterThanOrEqual(1);
    expect(printed.pages).toBeLessThanOrEqual(maxPages);
  });

  it('prints each commune’s quarter of the embedded territory in at most 10 pages and its poster on at most 2', async () => {
    const real = siteUrl(territorySite);
    const pages = await filesEndingWith(path.join(builtSiteDir, 'programme'), 'index.html');
    for (const quarter of pages.filter((f) => f.endsWith('/trimestre/index.html'))) {
      const printed = await printToA4(real, `/programme/${path.dirname(quarter)}/`);
      expect(printed.overflowing, quarter).toEqual([]);
      expect(printed.pages, quarter).toBeLessThanOrEqual(10);
    }
    // Every sheet of every poster: a busy month continues on /programme/<commune>/page-2/…
    for (const poster of pages.filter((f) => /^[a-z-]+\/(?:page-\d+\/)?index\.html$/.test(f))) {
      const printed = await printToA4(real, `/programme/${path.dirname(poster)}/`);
      expect(printed.overflowing, poster).toEqual([]);
      expect(printed.pages, poster).toBeLessThanOrEqual(2);
    }
  });

  it('reads the RSS feed and the sitemap as well-formed XML (Chromium’s XML parser)', async () => {
    const { context } = await openContext(site.browser, site.url);
    const page = await context.newPage();
    for (const file of ['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml']) {
      const xml = await read(distA, file);
      const error = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return doc.querySelector('parsererror')?.textContent ?? null;
      }, xml);
      expect(error, file).toBeNull();
    }
    const broken = await page.evaluate(
      () =>
        new DOMParser().parseFromString('<rss><item></rss>', 'application/xml').querySelector('parsererror') !== null,
    );
    expect(broken).toBe(true);
    await context.close();
  });

  it('puts a QR code to the commune page on the poster', async () => {
    const html = await read(distA, 'programme/janze/index.html');
    expect(html).toMatch(/<svg aria-hidden="true"[^>]*viewBox/);
    expect(html).toContain('/communes/janze/');
    expect(html).toContain('Atelier tablette pour débutants');
    expect(html).toContain('les mardis 1er, 8 (annulé) et 15 décembre');
  });
});
