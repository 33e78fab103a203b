import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  fromSchemaLieuDeMediationNumerique,
  type SchemaLieuMediationNumerique,
} from '@gouvfr-anct/lieux-de-mediation-numerique';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlaces } from '../../src/loaders/read-content.ts';
import { filesEndingWith } from '../support/read-dist.ts';
import { territorySite } from '../support/shared-site.ts';
import { useTestSite } from '../support/use-served-site.ts';

/*
 * The open data of the built site read back by the national package's own converter, and every
 * output for machines searched for placeholders: nothing « à confirmer » is published.
 */

/** The territory site: content/ as shipped, demo feeds and all (tests/support/shared-site.ts). */
const builtSiteDir = useTestSite(territorySite).dist;
const builtContentDir = territorySite.contentDir;
const read = (file: string) => readFile(path.join(builtSiteDir, file), 'utf8');
const PLACEHOLDER = /[àa] confirmer/i;

let csvRows: Record<string, string>[] = [];
beforeAll(async () => {
  csvRows = Papa.parse<Record<string, string>>((await read('donnees/lieux-mediation-numerique.csv')).trim(), {
    header: true,
  }).data;
});

/** Every string inside a JSON value, with its path. */
function stringsOf(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, `${at}[${String(i)}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringsOf(v, `${at}.${k}`));
  return [];
}

/** What the test reads of a schema.org Event. */
interface EventNode {
  name?: unknown;
  organizer?: { url?: unknown };
  location?: { address?: { streetAddress?: unknown } };
}

const jsonLdOf = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? 'null') as unknown,
  );

describe('the national files, read by @gouvfr-anct/lieux-de-mediation-numerique', () => {
  it('convert back, row by row, into valid places of the national model', async () => {
    expect(csvRows.length).toBeGreaterThan(0);
    // In the CSV an empty cell is an absent value; the package's model wants it absent.
    const filled = (row: Record<string, string>) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''));
    for (const row of csvRows)
      expect(
        () => fromSchemaLieuDeMediationNumerique(filled(row) as unknown as SchemaLieuMediationNumerique),
        row['id'],
      ).not.toThrow();
    const json = JSON.parse(await read('donnees/lieux-mediation-numerique.json')) as SchemaLieuMediationNumerique[];
    expect(json.map((p) => p.id)).toEqual(csvRows.map((r) => r['id']));
    for (const item of json) expect(() => fromSchemaLieuDeMediationNumerique(item), item.id).not.toThrow();
  });

  it('date each place by the day its record last changed (updatedOn), not by the build', async () => {
    const places = new Map((await readPlaces(builtContentDir)).map((p) => [p.id, p]));
    for (const row of csvRows) expect(row['date_maj'], row['id']).toBe(places.get(row['id'] ?? '')?.updatedOn);
  });

  it('leave out the places whose address is still to confirm, and nothing else', async () => {
    const places = await readPlaces(builtContentDir);
    const confirmed = places.filter(
      (p) => !(p.toConfirm === true || (Array.isArray(p.toConfirm) && p.toConfirm.includes('address'))),
    );
    expect(csvRows.map((r) => r['id']).sort()).toEqual(confirmed.map((p) => p.id).sort());
  });
});

describe('no placeholder in the outputs for machines', () => {
  it('in the national CSV and JSON, lieux.json and evenements.json', async () => {
    const found: string[] = [];
    for (const file of ['lieux-mediation-numerique.json', 'lieux.json'])
      for (const [at, text] of stringsOf(JSON.parse(await read(`donnees/${file}`))))
        if (PLACEHOLDER.test(text) && !at.endsWith('.toConfirm')) found.push(`${file}${at}: ${text}`);
    for (const row of csvRows)
      for (const [column, text] of Object.entries(row))
        if (PLACEHOLDER.test(text)) found.push(`csv ${column}: ${text}`);
    expect(found).toEqual([]);
  });

  it('in the JSON-LD of every place and event page: no placeholder street, a street for bus stops, organizers with a url', async () => {
    const found: string[] = [];
    const pages = (await filesEndingWith(builtSiteDir, 'index.html')).filter((f) => /^(lieux|evenements)\//.test(f));
    let events = 0;
    let stops = 0;
    for (const page of pages)
      for (const doc of jsonLdOf(await read(page))) {
        for (const [at, text] of stringsOf(doc)) if (PLACEHOLDER.test(text)) found.push(`${page}${at}: ${text}`);
        const graph = (doc as { '@graph'?: EventNode[] })['@graph'] ?? [];
        for (const event of graph) {
          events++;
          if (typeof event.organizer?.url !== 'string') found.push(`${page}: organizer sans url`);
          if (typeof event.name === 'string' && event.name.startsWith('Bus France Services')) {
            stops++;
            if (typeof event.location?.address?.streetAddress !== 'string')
              found.push(`${page}: arrêt du bus sans streetAddress`);
          }
        }
      }
    expect(events).toBeGreaterThan(100);
    expect(stops).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it('in the LOCATION of every calendar', async () => {
    const found: string[] = [];
    for (const file of await filesEndingWith(builtSiteDir, '.ics'))
      for (const line of (await read(file)).replace(/\r\n[ \t]/g, '').split('\r\n'))
        if (line.startsWith('LOCATION') && PLACEHOLDER.test(line)) found.push(`${file}: ${line}`);
    expect(found).toEqual([]);
  });
});
