import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSiteData } from '../../src/build/site-data.ts';
import { ContentError, readAllEvents, readContent, readStatus } from '../../src/loaders/read-content.ts';
import { root } from '../support/paths.ts';

/*
 * The one reader of content/, used by the scripts and by the Astro loaders: every file validated,
 * every refusal naming its file, and a loader never emptying its store for data it could not read.
 */
let dir: string;
beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), 'reperes-read-')), 'content');
  await cp(path.join(root, 'content'), dir, { recursive: true });
});
afterEach(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

describe('readContent', () => {
  it('reads every hand-edited file of the committed content', async () => {
    const content = await readContent(dir);
    expect(content.communes).toHaveLength(16);
    expect(content.places.find((p) => p.id === 'mediatheque-janze')?.description).toMatch(/^La médiathèque/);
    expect(content.sources.length).toBeGreaterThan(0);
  });

  it('names the place file and the field at fault', async () => {
    await writeFile(path.join(dir, 'places/cassee.md'), '---\nname: Cassée\nkind: mediatheque\n---\n');
    await expect(readContent(dir)).rejects.toThrow(/^places\/cassee\.md : `address` : /);
  });

  it('names a YAML file that does not parse', async () => {
    await writeFile(path.join(dir, 'taxonomy.yaml'), 'themes: [\n');
    await expect(readContent(dir)).rejects.toMatchObject({ file: 'taxonomy.yaml', code: 'syntax' });
  });
});

describe('readAllEvents', () => {
  it('reads every events file of the folder', async () => {
    const files = await readAllEvents(dir);
    expect(files.map((f) => path.basename(f.file))).toContain('fablab.json');
    expect(files.every((f) => f.events.occurrences.length > 0)).toBe(true);
  });

  it('refuses a folder it cannot read, naming it', async () => {
    await rm(path.join(dir, 'events'), { recursive: true });
    await expect(readAllEvents(dir)).rejects.toThrow(/^events\/ : dossier illisible/);
  });

  it('refuses a file that is not JSON, naming it', async () => {
    await writeFile(path.join(dir, 'events/pij.json'), '{ "sourceId": "pij", ');
    await expect(readAllEvents(dir)).rejects.toThrow(/^events\/pij\.json : syntaxe invalide/);
  });
});

describe('readStatus', () => {
  it('is null before the first ingest, and refuses an invalid file', async () => {
    await rm(path.join(dir, 'status.json'));
    expect(await readStatus(dir)).toBeNull();
    await writeFile(path.join(dir, 'status.json'), '{"sources": []}');
    await expect(readStatus(dir)).rejects.toBeInstanceOf(ContentError);
  });
});

describe('the site’s data, read once per build', () => {
  const now = new Date('2026-12-01T09:00:00+01:00');

  it('keeps the Markdown body of a place as its description, places and communes sorted by name', async () => {
    const data = await loadSiteData(dir, now);
    const place = data.places.find((p) => p.id === 'mediatheque-janze');
    expect(place).toMatchObject({ name: 'Médiathèque de Janzé' });
    expect(place?.description).toMatch(/^La médiathèque/);
    const names = data.places.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(data.communes.map((c) => c.name).slice(0, 2)).toEqual(['Amanlis', 'Arbrissel']);
    expect(data.occurrences.length).toBeGreaterThan(0);
  });

  it('reads an edited place file at the next build', async () => {
    const file = path.join(dir, 'places/mediatheque-janze.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^name: .*$/m, 'name: Médiathèque Jean-Moulin'));
    const data = await loadSiteData(dir, now);
    expect(data.places.find((p) => p.id === 'mediatheque-janze')?.name).toBe('Médiathèque Jean-Moulin');
  });

  it('fails the build on an unreadable place file, naming it', async () => {
    await writeFile(path.join(dir, 'places/cassee.md'), 'pas d’en-tête');
    await expect(loadSiteData(dir, now)).rejects.toThrow(/places\/cassee\.md/);
  });

  it('fails the build when the places folder cannot be read, never building an empty directory', async () => {
    await rm(path.join(dir, 'places'), { recursive: true });
    await expect(loadSiteData(dir, now)).rejects.toThrow(/places\/ : dossier illisible/);
  });

  it('builds before the first ingest and the first night: no status, an empty history', async () => {
    await rm(path.join(dir, 'status.json'), { force: true });
    await rm(path.join(dir, 'indicators/history.json'), { force: true });
    const data = await loadSiteData(dir, now);
    expect(data.status.sources).toEqual([]);
    expect(data.updatedAt).toEqual(now);
    expect(data.history).toEqual({ quarters: [] });
  });
});
