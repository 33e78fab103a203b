import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CommuneListSchema, TaxonomySchema } from '../../../src/lib/domain/index.ts';
import { generateTerritory } from '../../../scripts/calendar-sizes/generate-territory.ts';
import { weighSubscriptions } from '../../../scripts/calendar-sizes/weigh-calendars.ts';
import { root } from '../../support/paths.ts';

/*
 * The size budget of DESIGN.md on the subscription calendars of a territory of scale (b) of
 * issue 11 (100 sources, 200 places, about 10 000 occurrences a year): none over 3 MB. A budget,
 * not a timing: the generator is deterministic.
 */
const MB = 1024 * 1024;

describe('the subscription calendars of a generated territory of 10 000 occurrences a year', () => {
  it('stay under 3 MB each, the whole agenda included', () => {
    const data = {
      communes: CommuneListSchema.parse(JSON.parse(readFileSync(path.join(root, 'content/communes.json'), 'utf8'))),
      taxonomy: TaxonomySchema.parse(parse(readFileSync(path.join(root, 'content/taxonomy.yaml'), 'utf8'))),
    };
    const { occurrences, ctx } = generateTerritory('b', '2026-12-01', data);
    expect(occurrences.length).toBeGreaterThan(9_000);
    const weights = weighSubscriptions(occurrences, data, new Date('2026-12-01T09:00:00+01:00'), ctx);
    expect(weights.map((w) => w.name)).toContain('/agenda.ics');
    expect(weights.filter((w) => w.bytes > 3 * MB)).toEqual([]);
  });
});
