import {
  Adresse,
  Contact,
  Courriel,
  DispositifProgrammesNationaux,
  FraisACharge,
  Id,
  Itinerances,
  Localisation,
  ModalitesAcces,
  ModalitesAccompagnement,
  Nom,
  Pivot,
  PublicsSpecifiquementAdresses,
  Services,
  toSchemaLieuMediationNumerique,
  Typologies,
  Url,
  DispositifProgrammeNational,
  Frais,
  Itinerance,
  type LieuMediationNumerique,
  ModaliteAcces,
  ModaliteAccompagnement,
  PublicSpecifiquementAdresse,
  Service,
  Typologie,
} from '@gouvfr-anct/lieux-de-mediation-numerique';
import type { PlaceEntry } from '../domain/index.ts';
import { publishedFact, publishedStreet, withoutPlaceholders } from '../places/published-facts.ts';
import type { ExportContext } from './export-context.ts';

/** The 32 columns of the national schema (LaMednum standard-mediation-num v1.0), in order. */
export const MEDNUM_COLUMNS = [
  'id', 'pivot', 'nom', 'commune', 'code_postal', 'code_insee', 'adresse', 'complement_adresse',
  'latitude', 'longitude', 'typologie', 'telephone', 'courriels', 'site_web', 'horaires',
  'presentation_resume', 'presentation_detail', 'source', 'itinerance', 'structure_parente', 'date_maj',
  'services', 'publics_specifiquement_adresses', 'prise_en_charge_specifique', 'frais_a_charge',
  'dispositif_programmes_nationaux', 'formations_labels', 'autres_formations_labels', 'modalites_acces',
  'modalites_accompagnement', 'fiche_acces_libre', 'prise_rdv',
] as const; // prettier-ignore
export type MednumColumn = (typeof MEDNUM_COLUMNS)[number];
/** One row of the national file: every column, empty string when unknown. */
export type MednumRow = Record<MednumColumn, string>;

/** Pivot written when a place has no SIRET or RNA yet (the national cartography's convention). */
export const UNKNOWN_PIVOT = '00000000000000';
/** Who collects the data (column `source`). */
export const MEDNUM_SOURCE = 'Roche aux Fées Communauté';

const uniq = <T>(values: T[]) => [...new Set(values)];

/** The member of one of the package's enums whose value is `label`, or `undefined`. */
function member<E extends string>(enumObject: Record<string, E>, label: string | undefined): E | undefined {
  const values = Object.values(enumObject);
  return values[(values as string[]).indexOf(label ?? '')];
}
const defined = <T>(value: T | undefined): value is T => value !== undefined;

/** `02 99 47 00 00` → `+33299470000`, as the national schema asks. */
export function toInternationalPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.startsWith('+') ? digits : `+33${digits.replace(/^0/, '')}`;
}

/** The first sentence(s) of a description within 280 characters (`presentation_resume`). */
function summaryOf(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= 280) return oneLine;
  const cut = oneLine.slice(0, 279);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200))}…`;
}

function accessModes(place: PlaceEntry): ModaliteAcces[] {
  return [
    place.openingHours === undefined ? undefined : ModaliteAcces.SePresenter,
    place.phone === undefined ? undefined : ModaliteAcces.Telephoner,
    place.email === undefined ? undefined : ModaliteAcces.ContacterParMail,
  ].filter(defined);
}

/** The national vocabulary of a place, from the taxonomy mapping (content/taxonomy.yaml). */
function nationalLists(place: PlaceEntry, ctx: ExportContext) {
  const { themes, publics, fees, accompaniments, placeKinds } = ctx.taxonomy;
  const pick = <E extends { id: string }, V>(list: E[], ids: string[], value: (e: E) => V | undefined): V[] =>
    uniq(
      ids
        .map((id) => list.find((e) => e.id === id))
        .filter(defined)
        .map(value)
        .filter(defined),
    );
  return {
    services: pick(themes, place.themes, (t) => member(Service, t.service)),
    publics: pick(publics, place.publics, (p) => member(PublicSpecifiquementAdresse, p.national)),
    fees: pick(fees, place.fees, (f) => member(Frais, f.national)),
    accompaniments: pick(accompaniments, place.accompaniments, (a) => member(ModaliteAccompagnement, a.national)),
    typologies: pick(placeKinds, [place.kind], (k) => member(Typologie, k.typology)),
  };
}

const nonEmpty = <T>(list: T[]) => (list.length > 0 ? list : undefined);

/** Why a place is not in the national file although nothing in it is wrong. */
export class AddressToConfirmError extends Error {
  constructor(placeId: string) {
    super(`l’adresse du lieu « ${placeId} » est encore à confirmer : le standard national exige une voie`);
    this.name = 'AdresseAConfirmer';
  }
}

/**
 * The place as the official package's model; its constructors check every value (they throw).
 * Facts still to be confirmed by the partner and placeholders are left out (published-facts.ts);
 * a place whose address is not confirmed cannot be written (the national schema requires a street).
 * `date_maj` is the day the place's record last changed (`updatedOn`), else `fallbackUpdatedOn`.
 */
export function toLieuMediationNumerique(
  place: PlaceEntry,
  ctx: ExportContext,
  fallbackUpdatedOn: string,
): LieuMediationNumerique {
  const commune = ctx.communes.get(place.address.commune);
  const lists = nationalLists(place, ctx);
  const itinerant = place.stops.length > 0 || place.kind === 'bus-france-services';
  const programmes = place.kind.includes('france-services') ? [DispositifProgrammeNational.FranceServices] : [];
  const optional = <T, R>(value: T | undefined, make: (v: T) => R) => (value === undefined ? undefined : make(value));
  const [phone, email, website] = [
    publishedFact(place, 'phone'),
    publishedFact(place, 'email'),
    publishedFact(place, 'website'),
  ];
  const street = publishedStreet(place);
  if (street === null) throw new AddressToConfirmError(place.id);
  const description = withoutPlaceholders(place.description);
  return {
    id: Id(place.id),
    pivot: Pivot(place.pivot ?? UNKNOWN_PIVOT),
    nom: Nom(place.name),
    adresse: Adresse({
      voie: street,
      code_postal: place.address.postalCode,
      code_insee: place.address.commune,
      commune: commune?.name ?? '',
    }),
    localisation: Localisation({ latitude: place.coordinates.lat, longitude: place.coordinates.lon }),
    typologies: optional(nonEmpty(lists.typologies), Typologies),
    contact: Contact({
      ...(phone === undefined ? {} : { telephone: toInternationalPhone(phone) }),
      ...(email === undefined ? {} : { courriels: [Courriel(email)] }),
      ...(website === undefined ? {} : { site_web: [Url(website)] }),
    }),
    // As the partner wrote them, once confirmed: the national tools read `horaires` without a
    // country, so a `PH` rule (public holidays) would make them refuse the row; lieux.json carries the holidays.
    horaires: publishedFact(place, 'openingHours'),
    presentation: description === '' ? undefined : presentationOf(description),
    source: MEDNUM_SOURCE,
    structure_parente: place.organisation,
    date_maj: new Date(`${place.updatedOn ?? fallbackUpdatedOn}T12:00:00Z`),
    services: Services(lists.services),
    publics_specifiquement_adresses: optional(nonEmpty(lists.publics), PublicsSpecifiquementAdresses),
    frais_a_charge: optional(nonEmpty(lists.fees), FraisACharge),
    modalites_accompagnement: optional(nonEmpty(lists.accompaniments), ModalitesAccompagnement),
    modalites_acces: optional(nonEmpty(accessModes(place)), ModalitesAcces),
    itinerance: Itinerances([itinerant ? Itinerance.Itinerant : Itinerance.Fixe]),
    dispositif_programmes_nationaux: optional(nonEmpty(programmes), DispositifProgrammesNationaux),
  } as LieuMediationNumerique;
}

function presentationOf(description: string) {
  const summary = summaryOf(description);
  const detail = description.trim();
  return detail === summary ? { resume: summary } : { resume: summary, detail };
}

/** One row of the national file, every column present in schema order (the package's converter). */
export function toMednumRow(place: PlaceEntry, ctx: ExportContext, updatedOn: string): MednumRow {
  const flat = toSchemaLieuMediationNumerique(toLieuMediationNumerique(place, ctx, updatedOn)) as Record<
    string,
    string | number | undefined
  >;
  return Object.fromEntries(MEDNUM_COLUMNS.map((c) => [c, flat[c] === undefined ? '' : String(flat[c])])) as MednumRow;
}
