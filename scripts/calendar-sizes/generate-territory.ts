/**
 * A large territory made up for measuring the published calendars (`npm run calendar-sizes`): the
 * three scales of issue 11 — (a) the demo, (b) 100 sources and 200 places, about 10 000
 * occurrences and 1 200 series a year, (c) 500 sources and 500 places, about 49 000 occurrences
 * and 6 200 series — with the mix of the demo: a few weekly series (52 dates a year), monthly ones
 * on the n-th weekday, and many short runs and one-off events, some dates cancelled or skipped for
 * the holidays. Deterministic (a seeded generator): the same scale gives the same data.
 */
import type { Commune, Occurrence, PlaceEntry, Source, Taxonomy } from '../../src/lib/domain/index.ts';
import { occurrenceIdOf, seriesIdOf } from '../../src/lib/domain/ids.ts';
import { seriesSlugIndex } from '../../src/lib/agenda/series.ts';
import { buildExportContext, type ExportContext } from '../../src/lib/export/export-context.ts';
import { addDays } from '../../src/lib/time/calendar-date.ts';
import { toZonedIso, wallTimeToEpoch } from '../../src/lib/time/zoned-time.ts';
import { seededRandom } from '../lib/seeded-random.ts';

export const SCALES = {
  b: { sources: 100, places: 200, series: 1237 },
  c: { sources: 500, places: 500, series: 6181 },
} as const;
export type Scale = keyof typeof SCALES;

const DESCRIPTION =
  'Un atelier pour apprendre pas à pas, avec un animateur : venir avec son téléphone, sa tablette ou ' +
  'son ordinateur portable si possible ; des postes sont prêtés sur place. Gratuit, sur inscription ' +
  'auprès de l’accueil ou par téléphone.';

function zoned(date: string, hour: number, minutes = 0): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return toZonedIso(wallTimeToEpoch({ year, month, day, hour, minute: minutes, second: 0 }));
}

/** The dates of one series from `first`: weekly, monthly (every four weeks) or a short run. */
function datesOf(kind: number, first: string, rand: () => number): string[] {
  if (kind < 0.1) return Array.from({ length: 52 }, (_, i) => addDays(first, 7 * i)).filter(() => rand() > 0.04);
  if (kind < 0.25) return Array.from({ length: 12 }, (_, i) => addDays(first, 28 * i));
  return Array.from({ length: 1 + Math.floor(rand() * 2) }, (_, i) => addDays(first, 7 * i));
}

export interface GeneratedTerritory {
  occurrences: Occurrence[];
  ctx: ExportContext;
}

/** The occurrences of a year from `start` and the export context to publish them. */
export function generateTerritory(
  scale: Scale,
  start: string,
  data: { communes: Commune[]; taxonomy: Taxonomy },
): GeneratedTerritory {
  const size = SCALES[scale];
  const rand = seededRandom(scale === 'b' ? 11 : 13);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const places: PlaceEntry[] = Array.from({ length: size.places }, (_, i) => {
    const commune = pick(data.communes);
    return {
      id: `lieu-${String(i)}`,
      name: `Espace numérique ${String(i)} de ${commune.name}`,
      kind: 'association',
      address: {
        street: `${String(1 + (i % 40))} rue de la Mairie`,
        postalCode: commune.postalCode,
        commune: commune.insee,
      },
      coordinates: commune.centroid,
      themes: [pick(data.taxonomy.themes).id],
      publics: [],
      fees: [],
      accompaniments: [],
      helpsWith: [],
      toBring: [],
      stops: [],
      actions: [],
      toConfirm: false,
      accessibility: { wheelchair: null, hearingLoop: null },
      phone: '02 99 00 00 00',
    } as unknown as PlaceEntry;
  });
  const sources: Source[] = Array.from({ length: size.sources }, (_, i) => ({
    id: `source-${String(i)}`,
    name: `Partenaire ${String(i)}`,
    organisation: pick(places).id,
    format: 'ics',
    url: `https://exemple.org/${String(i)}.ics`,
    defaults: { themes: [], publics: [] },
    timeZone: 'Europe/Paris',
    demo: false,
    enabled: true,
  })) as unknown as Source[];
  const occurrences: Occurrence[] = [];
  for (let s = 0; s < size.series; s++) {
    const source = pick(sources);
    const place = pick(places);
    const uid = `serie-${String(s)}@${source.id}`;
    const hour = 9 + Math.floor(rand() * 10);
    const theme = pick(data.taxonomy.themes).id;
    for (const date of datesOf(rand(), addDays(start, Math.floor(rand() * 365)), rand)) {
      const begin = zoned(date, hour);
      occurrences.push({
        id: occurrenceIdOf(source.id, uid, begin),
        seriesId: seriesIdOf(source.id, uid),
        sourceId: source.id,
        alsoFrom: [],
        title: `Atelier numérique n° ${String(s)} : ${pick(data.taxonomy.themes).label}`,
        description: DESCRIPTION,
        start: begin,
        end: zoned(date, hour + 2),
        allDay: false,
        status: rand() < 0.02 ? 'cancelled' : 'confirmed',
        location: null,
        placeId: place.id,
        commune: place.address.commune,
        coordinates: place.coordinates,
        url: null,
        registration: 'Sur inscription',
        price: 'Gratuit',
        free: true,
        themes: [theme],
        publics: [],
        axes: [],
        demo: false,
        firstSeen: `${start}T03:00:00+01:00`,
        updatedAt: null,
      });
    }
  }
  occurrences.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  const ctx = buildExportContext(
    { places, communes: data.communes, taxonomy: data.taxonomy, sources, seriesSlugs: seriesSlugIndex(occurrences) },
    'https://reperes-numeriques.example.org/',
  );
  return { occurrences, ctx };
}
