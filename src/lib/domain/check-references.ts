import type { Commune } from './commune.ts';
import type { PlaceEntry } from './place.ts';
import type { Source } from './source.ts';
import type { Taxonomy } from './taxonomy.ts';

/** Everything hand-edited under `content/`, parsed. */
export interface ContentBundle {
  communes: Commune[];
  places: PlaceEntry[];
  sources: Source[];
  taxonomy: Taxonomy;
}

/** A broken reference between content files, in plain French with the file it sits in. */
export interface ReferenceProblem {
  file: string;
  message: string;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/** A need's reference service exists and answers the need (one of its themes or publics). */
function checkReference(need: Taxonomy['needs'][number], places: readonly PlaceEntry[]): ReferenceProblem[] {
  const file = `taxonomy.yaml (besoin « ${need.id} »)`;
  const place = places.find((p) => p.id === need.reference);
  if (place === undefined)
    return [{ file, message: `reference : lieu inconnu « ${need.reference ?? ''} » (absent de places/)` }];
  const answers =
    need.themes.some((t) => place.themes.includes(t)) || need.publics.some((p) => place.publics.includes(p));
  if (answers) return [];
  return [
    {
      file,
      message: `reference : le lieu « ${place.id} » ne répond pas à ce besoin (aucun de ses thèmes ni de ses publics) : ajoutez-les à places/${place.id}.md ou choisissez un autre lieu`,
    },
  ];
}

/**
 * Checks that ids are unique and that every reference (commune, place, theme, public, fee, mode,
 * kind) points at something that exists. Returns the problems; an empty list means consistent.
 */
export function checkReferences(content: ContentBundle): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const { communes, places, sources, taxonomy } = content;
  const inseeCodes = new Set(communes.map((c) => c.insee));
  const placeIds = new Set(places.map((p) => p.id));
  const lists = {
    thème: new Set(taxonomy.themes.map((t) => t.id)),
    public: new Set(taxonomy.publics.map((t) => t.id)),
    tarif: new Set(taxonomy.fees.map((t) => t.id)),
    accompagnement: new Set(taxonomy.accompaniments.map((t) => t.id)),
    'type de lieu': new Set(taxonomy.placeKinds.map((t) => t.id)),
  };
  const expect = (file: string, kind: keyof typeof lists, ids: readonly string[]) => {
    for (const id of ids) {
      if (!lists[kind].has(id)) problems.push({ file, message: `${kind} inconnu « ${id} » (absent de taxonomy.yaml)` });
    }
  };
  const expectCommune = (file: string, field: string, insee: string | undefined) => {
    if (insee !== undefined && !inseeCodes.has(insee)) {
      problems.push({ file, message: `${field} : commune inconnue « ${insee} » (absente de communes.json)` });
    }
  };

  for (const [list, ids] of [
    ['communes.json', communes.map((c) => c.insee)],
    ['communes.json (slug)', communes.map((c) => c.slug)],
    ['sources.yaml', sources.map((s) => s.id)],
    ...Object.entries(taxonomy).map(
      ([key, entries]) =>
        [`taxonomy.yaml (${key})`, (entries as { id: string | number }[]).map((e) => String(e.id))] as const,
    ),
  ] as const) {
    for (const id of duplicates(ids)) problems.push({ file: list, message: `identifiant en double « ${id} »` });
  }
  for (const need of taxonomy.needs) {
    expect('taxonomy.yaml', 'thème', need.themes);
    expect('taxonomy.yaml', 'public', need.publics);
    if (need.reference !== undefined) problems.push(...checkReference(need, places));
  }
  for (const action of taxonomy.actions) {
    const file = `taxonomy.yaml (action ${String(action.id)})`;
    expect(file, 'thème', action.carriedBy?.themes ?? []);
    expect(file, 'public', action.carriedBy?.publics ?? []);
    expect(file, 'type de lieu', action.carriedBy?.placeKinds ?? []);
    for (const target of action.weeklyTargets) {
      if (!placeIds.has(target.place))
        problems.push({ file, message: `weeklyTargets : lieu inconnu « ${target.place} »` });
    }
  }
  for (const place of places) {
    const file = `places/${place.id}.md`;
    expect(file, 'type de lieu', [place.kind]);
    expect(file, 'thème', place.themes);
    expect(file, 'public', place.publics);
    expect(file, 'tarif', place.fees);
    expect(file, 'accompagnement', place.accompaniments);
    expectCommune(file, 'address.commune', place.address.commune);
    place.stops.forEach((stop, i) => {
      expectCommune(file, `stops.${i}.commune`, stop.commune);
    });
  }
  for (const source of sources) {
    const file = `sources.yaml (${source.id})`;
    if (!placeIds.has(source.organisation))
      problems.push({ file, message: `organisation : lieu inconnu « ${source.organisation} »` });
    if (source.defaults.place !== undefined && !placeIds.has(source.defaults.place)) {
      problems.push({ file, message: `defaults.place : lieu inconnu « ${source.defaults.place} »` });
    }
    expectCommune(file, 'defaults.commune', source.defaults.commune);
    expect(file, 'thème', source.defaults.themes);
    expect(file, 'public', source.defaults.publics);
  }
  return problems;
}
