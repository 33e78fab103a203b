import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NATIONAL_ACCOMPANIMENTS,
  NATIONAL_FEES,
  NATIONAL_PUBLICS,
  NATIONAL_SERVICES,
} from '../../src/lib/domain/index.ts';
import { readContent } from '../../src/loaders/read-content.ts';
import { root } from '../support/paths.ts';

const require = createRequire(import.meta.url);
const national = require('@gouvfr-anct/lieux-de-mediation-numerique') as Record<string, Record<string, string>>;
const etalabCommunes = require('@etalab/decoupage-administratif/data/communes.json') as {
  code: string;
  nom: string;
  type: string;
  codesPostaux: string[];
  population: number;
}[];
const epcis = require('@etalab/decoupage-administratif/data/epci.json') as {
  code: string;
  membres: { code: string }[];
}[];

const content = await readContent(path.join(root, 'content'));

describe('the national vocabularies', () => {
  it('are exactly those of the official package @gouvfr-anct/lieux-de-mediation-numerique', () => {
    expect([...NATIONAL_SERVICES].sort()).toEqual(Object.values(national['Service'] ?? {}).sort());
    expect([...NATIONAL_PUBLICS].sort()).toEqual(Object.values(national['PublicSpecifiquementAdresse'] ?? {}).sort());
    expect([...NATIONAL_FEES].sort()).toEqual(Object.values(national['Frais'] ?? {}).sort());
    expect([...NATIONAL_ACCOMPANIMENTS].sort()).toEqual(Object.values(national['ModaliteAccompagnement'] ?? {}).sort());
  });

  it('are all reachable from a plain-language theme, fee and accompaniment of taxonomy.yaml', () => {
    expect(new Set(content.taxonomy.themes.map((t) => t.service))).toEqual(new Set(NATIONAL_SERVICES));
    expect(new Set(content.taxonomy.fees.map((t) => t.national))).toEqual(new Set(NATIONAL_FEES));
    expect(new Set(content.taxonomy.accompaniments.map((t) => t.national))).toEqual(new Set(NATIONAL_ACCOMPANIMENTS));
  });
});

describe('communes.json', () => {
  it('lists the members of the EPCI 243500634 with the names, postal codes and population of @etalab/decoupage-administratif', () => {
    const members = epcis
      .find((e) => e.code === '243500634')
      ?.membres.map((m) => m.code)
      .sort();
    expect(content.communes.map((c) => c.insee).sort()).toEqual(members);
    for (const commune of content.communes) {
      const official = etalabCommunes.find((c) => c.code === commune.insee && c.type === 'commune-actuelle');
      expect(official, commune.insee).toBeDefined();
      expect({ name: commune.name, postalCode: commune.postalCode, population: commune.population }).toEqual({
        name: official?.nom,
        postalCode: official?.codesPostaux[0],
        population: official?.population,
      });
    }
  });

  it('places every centroid inside the territory box', () => {
    for (const { centroid } of content.communes) {
      expect(centroid.lat).toBeGreaterThan(47.77);
      expect(centroid.lat).toBeLessThan(48.04);
      expect(centroid.lon).toBeGreaterThan(-1.59);
      expect(centroid.lon).toBeLessThan(-1.21);
    }
  });
});
