/**
 * The three territories of the scale bench, written as a `content/` folder: (a) the demo itself,
 * (b) and (c) generated over the 16 real communes and the real taxonomy. Feeds are written to a
 * folder of their own; sources name them by URL (`feedUrl`, the bench's HTTP server) or, when
 * `feedUrl` is absent, as files under `content/feeds/` (read by the offline ingest of the tests).
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { readCommunes } from '../../../src/loaders/read-content.ts';
import { generateFeed } from './generate-feeds.ts';
import { generatePlaces, type GeneratedPlace } from './generate-places.ts';

export const SCALE_IDS = ['a', 'b', 'c'] as const;
export type ScaleId = (typeof SCALE_IDS)[number];

/** A territory: `null` counts for the demo as shipped. */
export interface Scale {
  id: ScaleId;
  label: string;
  sources: number | null;
  places: number | null;
}

export const SCALES: Record<ScaleId, Scale> = {
  a: { id: 'a', label: 'a : démo', sources: null, places: null },
  b: { id: 'b', label: 'b : 100 sources, 200 lieux', sources: 100, places: 200 },
  c: { id: 'c', label: 'c : 500 sources, 500 lieux', sources: 500, places: 500 },
};

export interface TerritoryOptions {
  /** The repository's `content/` (communes, taxonomy, and the demo for scale a). */
  from: string;
  /** The content folder to write (created). */
  contentDir: string;
  /** Where feed files go; for a file-based territory, `<contentDir>/feeds`. */
  feedsDir: string;
  /** The URL of a feed file by name; absent: sources name files under `feeds/`. */
  feedUrl?: (file: string) => string;
  /** The day the feeds are built around (the build's "now"). */
  now: Date;
}

const where = (feedUrl: TerritoryOptions['feedUrl'], file: string) =>
  feedUrl === undefined ? { path: `feeds/${file}` } : { url: feedUrl(file) };

/** The demo as shipped, its sources read over HTTP when `feedUrl` is given. */
async function writeDemo(options: TerritoryOptions): Promise<void> {
  await cp(options.from, options.contentDir, { recursive: true });
  if (options.feedUrl === undefined) return;
  await mkdir(options.feedsDir, { recursive: true });
  await cp(path.join(options.from, 'feeds'), options.feedsDir, { recursive: true });
  const file = path.join(options.contentDir, 'sources.yaml');
  const registry = parse(await readFile(file, 'utf8')) as { sources: { path?: string; url?: string }[] };
  const { feedUrl } = options;
  for (const source of registry.sources) {
    if (source.path === undefined) continue;
    source.url = feedUrl(path.basename(source.path));
    delete source.path;
  }
  await writeFile(file, stringify(registry));
}

/** The places a source's events happen at: its organisation first, then others of its commune. */
function placesOfSource(organisation: GeneratedPlace, places: readonly GeneratedPlace[]): GeneratedPlace[] {
  const others = places.filter((p) => p.commune.insee === organisation.commune.insee && p.id !== organisation.id);
  return [organisation, ...others.slice(0, 5)];
}

async function writeGenerated(scale: Scale, options: TerritoryOptions): Promise<void> {
  const { contentDir, feedsDir } = options;
  await mkdir(path.join(contentDir, 'places'), { recursive: true });
  await mkdir(path.join(contentDir, 'events'), { recursive: true });
  await mkdir(feedsDir, { recursive: true });
  for (const name of ['communes.json', 'taxonomy.yaml'])
    await cp(path.join(options.from, name), path.join(contentDir, name));
  const places = generatePlaces(scale.places ?? 0, await readCommunes(options.from));
  await Promise.all(places.map((p) => writeFile(path.join(contentDir, 'places', `${p.id}.md`), p.text)));
  const sources = [];
  for (let i = 0; i < (scale.sources ?? 0); i++) {
    const organisation = places[Math.floor((i * places.length) / (scale.sources ?? 1))] as GeneratedPlace;
    const id = `partenaire-${String(i + 1).padStart(3, '0')}`;
    const feed = generateFeed(i, id, placesOfSource(organisation, places), options.now);
    const file = `${id}.${feed.format}`;
    await writeFile(path.join(feedsDir, file), feed.text);
    sources.push({
      id,
      name: `Partenaire ${String(i + 1)} (${organisation.name})`,
      organisation: organisation.id,
      format: feed.format,
      ...where(options.feedUrl, file),
      defaults: { place: organisation.id, themes: organisation.themes.slice(0, 1) },
    });
  }
  await writeFile(path.join(contentDir, 'sources.yaml'), stringify({ sources }));
}

/** Writes the territory of `scale` into `options.contentDir`. */
export async function generateTerritory(scale: Scale, options: TerritoryOptions): Promise<void> {
  if (scale.sources === null) await writeDemo(options);
  else await writeGenerated(scale, options);
}
