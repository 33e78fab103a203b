import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { generateTerritory, SCALES } from '../../scripts/bench/scale/generate-territory.ts';
import type { Occurrence, Source } from '../../src/lib/domain/index.ts';
import { agendaFixture, FIXTURE_PHONE } from './agenda-fixture.ts';
import { buildSite } from './build-site.ts';
import { editedOccurrences, FIXTURE_SOURCE, fixtureOccurrences } from './outputs-fixture.ts';
import { outputDir, root, TEST_NOW } from './paths.ts';

/*
 * The sites the `site` project reads. Each is built ONCE per run, by global-setup.ts; a test never
 * builds (each build is an ingest, an Astro build and a search index).
 *
 * - `fixtureSite`, built at TEST_NOW: content/'s communes, taxonomy and places, plus every test
 *   fixture, whose events are the only ones (the demo feeds are left out). Small and exact: what
 *   the agenda journeys, the hostile feed, the find-help journey and the outputs tests look at.
 * - `territorySite`, built at LATER_NOW, a week later: content/ as shipped, demo feeds and all:
 *   what the budgets, the links, nginx, the map, the legal pages and the embedded territory's
 *   outputs look at. The one thing added is the outputs fixture as its partner edited it that
 *   week: this site is also the rebuild of the outputs tests (calendar subscriptions across two
 *   builds).
 *
 * To give a test content of its own, add it to the fixture site here instead of building again:
 * - a file (a place, a feed): put it under tests/fixtures/shared-site/ (`places/`, `feeds/`): it is
 *   copied over content/;
 * - a source: add it to tests/fixtures/shared-site/sources.yaml: the fixture site's registry;
 * - exact occurrences (no feed parsing): a remote (`url:`) source in that file, and its
 *   occurrences in `fixtureEvents` below;
 * - a field of a shipped place (a phone…): `PLACE_EDITS` below.
 * Then scope the test's assertions to its own content (its titles, ids, slugs): the site holds the
 * other fixtures too. See tests/README.md.
 */

/** The folder copied over content/ in the fixture site (its `sources.yaml` becomes the registry). */
export const SHARED_OVERLAY = path.join(root, 'tests/fixtures/shared-site');

/** The "now" of the territory site: Wednesday 9 December 2026, 9 h, eight days after TEST_NOW. */
export const LATER_NOW = '2026-12-09T09:00:00+01:00';

export type SiteName = 'fixture' | 'territory' | 'scale';

/** A test site: where it is built from and to, and its "now". */
export interface TestSite {
  readonly name: SiteName;
  /** The build's "now" (ISO with offset). */
  readonly now: string;
  /** The content folder it was built from, after the ingest. */
  readonly contentDir: string;
  /** The built site. */
  readonly dist: string;
}

const site = (name: SiteName, now: string): TestSite => ({
  name,
  now,
  contentDir: path.join(outputDir, 'sites', name, 'content'),
  dist: path.join(outputDir, 'sites', name, 'dist'),
});

/** content/'s directory with every fixture, whose events are the only ones, at TEST_NOW. */
export const fixtureSite = site('fixture', TEST_NOW);
/** content/ as shipped (demo feeds) and the outputs fixture edited, at LATER_NOW. */
export const territorySite = site('territory', LATER_NOW);
/**
 * The generated territory of scale (b) of `npm run bench -- --scale b` (100 sources, 200 places,
 * about 10 000 occurrences a year, feeds as files under content/feeds/ read by the offline
 * ingest), at TEST_NOW: read by the budget test at scale (tests/site/scale-budgets.test.ts) only.
 */
export const scaleSite = site('scale', TEST_NOW);
export const testSites: readonly TestSite[] = [fixtureSite, territorySite, scaleSite];

/** Every occurrence a test site was built from (its events files after the ingest), to scope assertions. */
export function siteOccurrences(site: TestSite): Occurrence[] {
  const dir = path.join(site.contentDir, 'events');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap(
      (name) => (JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { occurrences: Occurrence[] }).occurrences,
    );
}

/** Occurrences of the fixture site's remote sources (see the overlay's sources.yaml), by source id. */
export function fixtureEvents(): Record<string, Occurrence[]> {
  return {
    // tests/e2e/agenda-journeys.test.ts
    ...agendaFixture(),
    // tests/site/outputs.test.ts
    [FIXTURE_SOURCE]: fixtureOccurrences(),
  };
}

/** Fields set on shipped places of the fixture site (front matter), by place id. */
export const PLACE_EDITS: Record<string, Record<string, unknown>> = {
  // tests/e2e/agenda-journeys.test.ts: the event page gives the place's phone.
  'mediatheque-janze': { phone: FIXTURE_PHONE },
};

const readSources = async (file: string) => (parse(await readFile(file, 'utf8')) as { sources: Source[] }).sources;

async function writeEvents(contentDir: string, events: Record<string, Occurrence[]>): Promise<void> {
  await mkdir(path.join(contentDir, 'events'), { recursive: true });
  for (const [sourceId, occurrences] of Object.entries(events)) {
    const key = (o: Occurrence) => `${o.start} ${o.id}`;
    const sorted = [...occurrences].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const file = { sourceId, occurrences: sorted };
    await writeFile(path.join(contentDir, 'events', `${sourceId}.json`), `${JSON.stringify(file, null, 2)}\n`);
  }
}

async function editPlace(contentDir: string, id: string, fields: Record<string, unknown>): Promise<void> {
  const file = path.join(contentDir, 'places', `${id}.md`);
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(await readFile(file, 'utf8'));
  if (match === null) throw new Error(`${file} : pas d’en-tête YAML`);
  const data = { ...(parse(match[1] ?? '') as Record<string, unknown>), ...fields };
  await writeFile(file, `---\n${stringify(data)}---\n${match[2] ?? ''}`);
}

/** Turns a copy of content/ into the content of the fixture site. */
export async function addSharedFixtures(contentDir: string): Promise<void> {
  for (const entry of await readdir(SHARED_OVERLAY)) {
    if (entry === 'sources.yaml' || entry === 'README.md') continue;
    await cp(path.join(SHARED_OVERLAY, entry), path.join(contentDir, entry), { recursive: true });
  }
  // The fixtures' sources only: the ingest drops the demo feeds' events.
  const sources = await readSources(path.join(SHARED_OVERLAY, 'sources.yaml'));
  await writeFile(path.join(contentDir, 'sources.yaml'), stringify({ sources }));
  await writeEvents(contentDir, fixtureEvents());
  for (const [id, fields] of Object.entries(PLACE_EDITS)) await editPlace(contentDir, id, fields);
}

/** Turns a copy of content/ into the content of the territory site: the outputs fixture, edited, added. */
export async function addEditedOutputsFixture(contentDir: string): Promise<void> {
  const source = (await readSources(path.join(SHARED_OVERLAY, 'sources.yaml'))).find((s) => s.id === FIXTURE_SOURCE);
  if (source === undefined) throw new Error(`source ${FIXTURE_SOURCE} absente de ${SHARED_OVERLAY}/sources.yaml`);
  const registry = path.join(contentDir, 'sources.yaml');
  await writeFile(registry, stringify({ sources: [...(await readSources(registry)), source] }));
  await writeEvents(contentDir, { [FIXTURE_SOURCE]: editedOccurrences() });
}

/** Turns a copy of content/ into the generated territory of scale (b): the demo's places, sources and events give way. */
export async function generateScaleTerritory(contentDir: string): Promise<void> {
  for (const name of await readdir(contentDir)) {
    if (name !== 'communes.json' && name !== 'taxonomy.yaml')
      await rm(path.join(contentDir, name), { recursive: true });
  }
  await generateTerritory(SCALES.b, {
    from: path.join(root, 'content'),
    contentDir,
    feedsDir: path.join(contentDir, 'feeds'),
    now: new Date(TEST_NOW),
  });
}

const PREPARE: Record<SiteName, (contentDir: string) => Promise<void>> = {
  fixture: addSharedFixtures,
  territory: addEditedOutputsFixture,
  scale: generateScaleTerritory,
};

/** Builds one test site (global-setup.ts does, once per run). */
export async function buildTestSite(site: TestSite): Promise<void> {
  await buildSite({ contentDir: site.contentDir, outDir: site.dist, now: site.now, prepare: PREPARE[site.name] });
}

declare module 'vitest' {
  /** What global-setup.ts gives the test files of the `site` project (`inject`). */
  export interface ProvidedContext {
    /** Where each test site is served. */
    testSiteUrls: Record<SiteName, string>;
    /** Where to ask whether a test site is built yet (`siteBuilt`). */
    testSitesReadiness: string;
    /** The shared Chromium (`connectBrowser`). */
    browserEndpoint: string;
  }
}
