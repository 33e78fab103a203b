import opening_hours from 'opening_hours';
import {
  NATIONAL_ACCOMPANIMENTS,
  NATIONAL_FEES,
  NATIONAL_PUBLICS,
  NATIONAL_SERVICES,
  TYPOLOGY_CODES,
} from '../../src/lib/domain/index.ts';

/*
 * The constraints of the national schema of digital-mediation places (LaMednum
 * standard-mediation-num v1.0, TableSchema), written out for the tests: column order, required
 * fields, patterns and `|`-separated enumerations.
 */

export const SCHEMA_COLUMNS = [
  'id', 'pivot', 'nom', 'commune', 'code_postal', 'code_insee', 'adresse', 'complement_adresse',
  'latitude', 'longitude', 'typologie', 'telephone', 'courriels', 'site_web', 'horaires',
  'presentation_resume', 'presentation_detail', 'source', 'itinerance', 'structure_parente', 'date_maj',
  'services', 'publics_specifiquement_adresses', 'prise_en_charge_specifique', 'frais_a_charge',
  'dispositif_programmes_nationaux', 'formations_labels', 'autres_formations_labels', 'modalites_acces',
  'modalites_accompagnement', 'fiche_acces_libre', 'prise_rdv',
]; // prettier-ignore

const REQUIRED = ['id', 'pivot', 'nom', 'commune', 'code_postal', 'adresse', 'date_maj', 'services'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const enumPattern = (values: readonly string[]) =>
  new RegExp(`^(?:${values.map(escape).join('|')})(?:\\|(?:${values.map(escape).join('|')}))*$`);

const PATTERNS: Record<string, RegExp> = {
  pivot: /^(?:\d{14}|W\d{9})$/,
  code_postal: /^\d{5}$/,
  code_insee: /^(?:[013-9]\d|2[AB1-9])\d{3}$/,
  latitude: /^-?\d{1,2}(?:\.\d+)?$/,
  longitude: /^-?\d{1,3}(?:\.\d+)?$/,
  telephone: /^(?:\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)\d{6,9}$/,
  courriels: /^[^@\s|]+@[^@\s|]+\.[^@\s|]+(?:\|[^@\s|]+@[^@\s|]+\.[^@\s|]+)*$/,
  site_web: /^https?:\/\/[^\s|]+(?:\|https?:\/\/[^\s|]+)*$/,
  date_maj: /^\d{4}-\d{2}-\d{2}$/,
  typologie: enumPattern(TYPOLOGY_CODES),
  services: enumPattern(NATIONAL_SERVICES),
  publics_specifiquement_adresses: enumPattern(NATIONAL_PUBLICS),
  frais_a_charge: enumPattern(NATIONAL_FEES),
  modalites_accompagnement: enumPattern(NATIONAL_ACCOMPANIMENTS),
  itinerance: enumPattern(['Itinérant', 'Fixe']),
  modalites_acces: enumPattern([
    'Se présenter',
    'Téléphoner',
    'Contacter par mail',
    'Prendre un RDV en ligne',
    "Ce lieu n'accueille pas de public",
    'Envoyer un mail avec une fiche de prescription',
  ]),
};

/** Every violation of the schema's constraints in a header and its rows (`ligne N, colonne : problème`). */
export function validateMednumTable(header: string[], rows: Record<string, string>[]): string[] {
  const problems: string[] = [];
  if (header.join(',') !== SCHEMA_COLUMNS.join(',')) problems.push(`en-tête : attendu ${SCHEMA_COLUMNS.join(',')}`);
  const ids = new Set<string>();
  rows.forEach((row, index) => {
    const where = `ligne ${index + 2}`;
    for (const column of REQUIRED) if ((row[column] ?? '') === '') problems.push(`${where}, ${column} : obligatoire`);
    for (const [column, pattern] of Object.entries(PATTERNS)) {
      const value = row[column] ?? '';
      if (value !== '' && !pattern.test(value)) problems.push(`${where}, ${column} : « ${value} » invalide`);
    }
    if ((row['presentation_resume'] ?? '').length > 280)
      problems.push(`${where}, presentation_resume : plus de 280 caractères`);
    const hours = row['horaires'] ?? '';
    if (hours !== '') {
      try {
        new opening_hours(hours);
      } catch (cause) {
        problems.push(`${where}, horaires : « ${hours} » n’est pas au format OSM (${String(cause)})`);
      }
    }
    if (ids.has(row['id'] ?? '')) problems.push(`${where}, id : doublon`);
    ids.add(row['id'] ?? '');
  });
  return problems;
}
