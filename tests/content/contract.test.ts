import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReferences, SourceEventsSchema, StatusFileSchema, slugify } from '../../src/lib/domain/index.ts';
import { readContent } from '../../src/loaders/read-content.ts';
import { root } from '../support/paths.ts';

const contentDir = path.join(root, 'content');
const content = await readContent(contentDir);

describe('content/ (the committed data)', () => {
  it('parses with the domain schemas and every reference resolves', () => {
    expect(checkReferences(content)).toEqual([]);
  });

  it('has the 16 communes of Roche aux Fées Communauté, slugs derived from their names', () => {
    expect(content.communes).toHaveLength(16);
    for (const commune of content.communes) expect(commune.slug).toBe(slugify(commune.name));
  });

  it('has events files that match the Occurrence schema, one per known source, ids unique', async () => {
    const dir = path.join(contentDir, 'events');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
    const sourceIds = new Set(content.sources.map((s) => s.id));
    const ids = new Set<string>();
    for (const file of files) {
      const parsed = SourceEventsSchema.parse(JSON.parse(await readFile(path.join(dir, file), 'utf8')));
      expect(parsed.sourceId).toBe(file.slice(0, -5));
      expect(sourceIds.has(parsed.sourceId), `${file} : source inconnue`).toBe(true);
      for (const o of parsed.occurrences) {
        expect(ids.has(o.id), `${file} : id en double ${o.id}`).toBe(false);
        ids.add(o.id);
      }
    }
  });

  it('has a status file that matches its schema', async () => {
    StatusFileSchema.parse(JSON.parse(await readFile(path.join(contentDir, 'status.json'), 'utf8')));
  });
});

describe('checkReferences', () => {
  const [place] = content.places;
  const [commune] = content.communes;
  if (place === undefined || commune === undefined) throw new Error('content/ est vide');

  it('reports a place that names an unknown commune, with its file', () => {
    const broken = { ...place, address: { ...place.address, commune: '75056' } };
    expect(checkReferences({ ...content, places: [broken, ...content.places.slice(1)] })).toEqual([
      {
        file: `places/${place.id}.md`,
        message: 'address.commune : commune inconnue « 75056 » (absente de communes.json)',
      },
    ]);
  });

  it('reports an unknown theme and a duplicated commune', () => {
    const broken = { ...place, themes: ['astrologie'] };
    const problems = checkReferences({
      ...content,
      places: [broken, ...content.places.slice(1)],
      communes: [...content.communes, commune],
    });
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'thème inconnu « astrologie » (absent de taxonomy.yaml)',
        `identifiant en double « ${commune.insee} »`,
      ]),
    );
  });

  it('reports a need whose reference service is unknown or does not answer it', () => {
    const needs = content.taxonomy.needs.map((n) =>
      n.id === 'demarches'
        ? { ...n, reference: 'fablab-janze' }
        : n.id === 'jeunes'
          ? { ...n, reference: 'nulle-part' }
          : n,
    );
    const problems = checkReferences({ ...content, taxonomy: { ...content.taxonomy, needs } });
    expect(problems).toEqual([
      {
        file: 'taxonomy.yaml (besoin « demarches »)',
        message:
          'reference : le lieu « fablab-janze » ne répond pas à ce besoin (aucun de ses thèmes ni de ses publics) : ajoutez-les à places/fablab-janze.md ou choisissez un autre lieu',
      },
      {
        file: 'taxonomy.yaml (besoin « jeunes »)',
        message: 'reference : lieu inconnu « nulle-part » (absent de places/)',
      },
    ]);
  });
});
