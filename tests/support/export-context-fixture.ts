import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CommuneListSchema, TaxonomySchema } from '../../src/lib/domain/index.ts';
import { seriesSlugIndex } from '../../src/lib/agenda/series.ts';
import { buildExportContext, type ExportContext } from '../../src/lib/export/export-context.ts';
import { FIXTURE_SOURCE, fixtureOccurrences, fixturePlaces } from './outputs-fixture.ts';
import { root } from './paths.ts';

export const FIXTURE_SITE = 'https://reperes.example.org';

/** The export context of the fixture: the committed communes and taxonomy, the fixture places. */
export function fixtureContext(): ExportContext {
  const communes = CommuneListSchema.parse(JSON.parse(readFileSync(path.join(root, 'content/communes.json'), 'utf8')));
  const taxonomy = TaxonomySchema.parse(parse(readFileSync(path.join(root, 'content/taxonomy.yaml'), 'utf8')));
  const source = {
    id: FIXTURE_SOURCE,
    name: 'Réseau des médiathèques',
    organisation: 'mediatheque-janze',
    format: 'ics' as const,
    path: 'feeds/fixture.ics',
    defaults: { themes: [], publics: [] },
    timeZone: 'Europe/Paris',
    demo: false,
    enabled: true,
  };
  return buildExportContext(
    {
      communes,
      taxonomy,
      places: fixturePlaces(),
      sources: [source],
      seriesSlugs: seriesSlugIndex(fixtureOccurrences()),
    },
    FIXTURE_SITE,
  );
}
