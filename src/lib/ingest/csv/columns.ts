import { foldText } from '../../domain/ids.ts';
import type { CsvField } from '../../domain/source.ts';

/** What a column can hold: the mappable fields of a source, and a few read only by their name. */
export type ColumnKey = CsvField | 'latitude' | 'longitude' | 'private' | 'allDay' | 'timings';

/**
 * Header names of each field, folded (`foldText`), best first. The first non-empty cell wins in
 * that order, except for the fields in `JOINED_KEYS`, whose cells are all kept.
 */
export const COLUMN_SYNONYMS: Readonly<Record<ColumnKey, readonly string[]>> = {
  title: [
    'titre',
    'intitule',
    'title',
    'nom',
    'evenement',
    'subject',
    'titre de l evenement',
    'nom de l evenement',
    'intitule de l evenement',
    'libelle',
    'summary',
    'event',
    'event name',
    'objet',
    'atelier',
    'nom de l atelier',
    'activite',
    'animation',
  ],
  date: ['date', 'date de debut', 'date debut', 'jour', 'start date', 'date de l evenement', 'event date'],
  start: ['debut', 'heure de debut', 'heure debut', 'start', 'start time', 'heure', 'horaire', 'horaires'],
  end: ['fin', 'heure de fin', 'heure fin', 'end', 'end time'],
  endDate: ['date de fin', 'date fin', 'end date'],
  location: [
    'lieu',
    'salle',
    'location',
    'nom du lieu',
    'lieu de l evenement',
    'venue',
    'location name',
    'emplacement',
  ],
  address: ['adresse', 'address', 'adresse postale', 'adresse du lieu'],
  commune: ['commune', 'ville', 'city', 'localite', 'code postal', 'cp', 'postal code', 'zip'],
  description: [
    'description',
    'description courte',
    'description longue',
    'details',
    'detail',
    'resume',
    'presentation',
  ],
  public: ['public', 'publics', 'public cible', 'audience', 'pour qui'],
  theme: [
    'categorie',
    'categories',
    'theme',
    'themes',
    'thematique',
    'thematiques',
    'mots cles',
    'mot cle',
    'mots clefs',
    'tags',
    'category',
    'keywords',
  ],
  price: ['tarif', 'tarifs', 'prix', 'price', 'cout', 'detail des conditions', 'conditions'],
  registration: [
    'inscription',
    'inscriptions',
    'reservation',
    'reservations',
    'lien d inscription',
    'registration',
    'booking',
  ],
  url: ['lien', 'url', 'permalien', 'link', 'site web', 'site internet', 'website', 'page web'],
  status: ['statut', 'status', 'etat'],
  uid: ['uid', 'identifiant', 'id', 'identifiant unique', 'identifier'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lon', 'lng'],
  private: ['private', 'prive', 'privee', 'confidentiel', 'confidentielle', 'sensibilite', 'sensitivity'],
  allDay: ['all day event', 'all day', 'journee entiere', 'toute la journee', 'jour entier'],
  timings: ['horaires iso', 'iso timings'],
};

/** Fields whose non-empty cells are all kept (joined), not just the first. */
export const JOINED_KEYS: ReadonlySet<ColumnKey> = new Set(['description', 'theme', 'public', 'status']);

/** Language codes of multilingual exports (OpenAgenda: `Titre - FR`, `Titre - EN`). */
const LANGUAGE_SUFFIX = /^(.*\S)\s*[-–(]\s*(fr|en|de|es|it|br|eu|oc|co|ca|nl|pt)\s*\)?$/i;

/** Which columns feed which field: column indexes, best first. */
export type ColumnPlan = Partial<Record<ColumnKey, number[]>>;

/** Why a header row cannot be read. */
export type ColumnsFailure = 'missing-title' | 'missing-date' | 'end-without-start' | 'duplicate';

/** Columns found in a header row, or why the table cannot be read (`header`: the duplicated one). */
export type ColumnResolution =
  | { ok: true; plan: ColumnPlan; unknown: string[]; missingMapped: Array<{ field: CsvField; header: string }> }
  | { ok: false; reason: ColumnsFailure; headers: string[]; header?: string };

const KEY_BY_NAME = new Map<string, { key: ColumnKey; rank: number }>();
for (const [key, names] of Object.entries(COLUMN_SYNONYMS) as Array<[ColumnKey, readonly string[]]>) {
  names.forEach((name, rank) => {
    if (!KEY_BY_NAME.has(name)) KEY_BY_NAME.set(name, { key, rank });
  });
}

/** Folded name of a header, its French variant for multilingual exports; `null` for another language. */
export function headerName(header: string): string | null {
  const lang = LANGUAGE_SUFFIX.exec(header.trim());
  if (lang) return (lang[2] ?? '').toLowerCase() === 'fr' ? foldText(lang[1] ?? '') : null;
  return foldText(header);
}

function addColumn(plan: ColumnPlan, key: ColumnKey, index: number): void {
  (plan[key] ??= []).push(index);
}

function mappedPlan(headers: readonly string[], mapping: Partial<Record<CsvField, string>>) {
  const plan: ColumnPlan = {};
  const used = new Set<number>();
  const missingMapped: Array<{ field: CsvField; header: string }> = [];
  for (const [field, header] of Object.entries(mapping) as Array<[CsvField, string]>) {
    const index = headers.findIndex((h) => foldText(h) === foldText(header));
    if (index < 0) missingMapped.push({ field, header });
    else {
      addColumn(plan, field, index);
      used.add(index);
    }
  }
  return { plan, used, missingMapped };
}

/**
 * Outlook's French export names its date columns `Début` and `Fin` and its time columns
 * `Heure de début` and `Heure de fin`: without a date column, the best-named of two start (or
 * end) columns holds the date.
 */
function splitDateFromTime(plan: ColumnPlan, timeKey: 'start' | 'end', dateKey: 'date' | 'endDate'): void {
  const [first, ...others] = plan[timeKey] ?? [];
  if (plan[dateKey] !== undefined || first === undefined || others.length === 0) return;
  plan[dateKey] = [first];
  plan[timeKey] = others;
}

/**
 * The columns of a header row: the source's mapping first (`Source.columns`, field → header), then
 * every other header by its name, case- and accent-insensitively. A table without a title or a date
 * column, with an end time but no start time, or with one name twice, cannot be read.
 */
export function resolveColumns(
  headers: readonly string[],
  mapping: Partial<Record<CsvField, string>> = {},
): ColumnResolution {
  const { plan, used, missingMapped } = mappedPlan(headers, mapping);
  const ranked: Array<{ key: ColumnKey; rank: number; index: number; name: string }> = [];
  const unknown: string[] = [];
  headers.forEach((header, index) => {
    if (used.has(index) || header.trim() === '') return;
    const name = headerName(header);
    const found = name === null ? undefined : KEY_BY_NAME.get(name);
    if (found === undefined || (plan[found.key] !== undefined && mapping[found.key as CsvField] !== undefined)) {
      unknown.push(header.trim());
    } else ranked.push({ ...found, index, name: name ?? '' });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  for (const [i, column] of ranked.entries()) {
    const twin = ranked.find((other, j) => j < i && other.name === column.name);
    if (twin && !JOINED_KEYS.has(column.key))
      return { ok: false, reason: 'duplicate', header: headers[column.index]?.trim() ?? '', headers: [...headers] };
    addColumn(plan, column.key, column.index);
  }
  splitDateFromTime(plan, 'start', 'date');
  splitDateFromTime(plan, 'end', 'endDate');
  if (plan.title === undefined) return { ok: false, reason: 'missing-title', headers: [...headers] };
  if (plan.date === undefined && plan.timings === undefined)
    return { ok: false, reason: 'missing-date', headers: [...headers] };
  if (plan.end !== undefined && plan.start === undefined)
    return { ok: false, reason: 'end-without-start', headers: [...headers] };
  return { ok: true, plan, unknown, missingMapped };
}
