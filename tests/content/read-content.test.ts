import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placesLoader } from '../../src/loaders/content-loaders.ts';
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

/** A store and context enough for a loader: entries kept in a Map. */
function fakeContext(entries: Map<string, unknown>) {
  const store = {
    clear: () => {
      entries.clear();
    },
    set: ({ id, data, body }: { id: string; data: unknown; body?: string }) => {
      entries.set(id, { data, body });
      return true;
    },
  };
  return { store, watcher: undefined } as unknown as Parameters<ReturnType<typeof placesLoader>['load']>[0];
}

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

describe('the Astro loaders', () => {
  it('keep the Markdown body of a place apart from its data', async () => {
    const entries = new Map<string, { data: Record<string, unknown>; body?: string }>();
    await placesLoader(dir).load(fakeContext(entries));
    const place = entries.get('mediatheque-janze');
    expect(place?.data).toMatchObject({ name: 'Médiathèque de Janzé' });
    expect(place?.data).not.toHaveProperty('description');
    expect(place?.body).toMatch(/^La médiathèque/);
  });

  it('fail the build on an unreadable place file and keep the previous entries', async () => {
    const entries = new Map<string, unknown>([['ancien-lieu', { data: {} }]]);
    await writeFile(path.join(dir, 'places/cassee.md'), 'pas d’en-tête');
    await expect(placesLoader(dir).load(fakeContext(entries))).rejects.toThrow(/places\/cassee\.md/);
    expect([...entries.keys()]).toEqual(['ancien-lieu']);
  });

  it('fail the build when the places folder cannot be read, never building an empty directory', async () => {
    const entries = new Map<string, unknown>([['ancien-lieu', { data: {} }]]);
    await rm(path.join(dir, 'places'), { recursive: true });
    await expect(placesLoader(dir).load(fakeContext(entries))).rejects.toThrow(/places\/ : dossier illisible/);
    expect(entries.size).toBe(1);
  });
});
