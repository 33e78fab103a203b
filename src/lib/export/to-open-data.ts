import Papa from 'papaparse';
import { toSchemaLieuMediationNumerique } from '@gouvfr-anct/lieux-de-mediation-numerique';
import type { Occurrence, PlaceEntry } from '../domain/index.ts';
import { withPublicHolidays } from '../places/open-intervals.ts';
import { routes } from '../site/routes.ts';
import { absoluteUrl, eventPageUrl, type ExportContext, themeLabels } from './export-context.ts';
import type { OpenEvent, OpenPlace } from './open-data-schemas.ts';
import {
  AddressToConfirmError,
  MEDNUM_COLUMNS,
  toLieuMediationNumerique,
  toMednumRow,
  type MednumRow,
} from './to-mednum-row.ts';
import { publishedFact, publishedStreet, withoutPlaceholders } from '../places/published-facts.ts';

/** A place that could not be written in the national file, and why (plain French). */
export interface MednumProblem {
  placeId: string;
  message: string;
  /** `true` when only its address remains to be confirmed (not an error of the data). */
  addressToConfirm: boolean;
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? `${cause.name} : ${cause.message}` : String(cause);
}

/**
 * The national rows of every place, sorted by id. A place the package refuses is left out and
 * reported; the others are written.
 */
export function toMednumRows(places: readonly PlaceEntry[], ctx: ExportContext, updatedOn: string) {
  const rows: MednumRow[] = [];
  const problems: MednumProblem[] = [];
  for (const place of [...places].sort((a, b) => a.id.localeCompare(b.id))) {
    try {
      rows.push(toMednumRow(place, ctx, updatedOn));
    } catch (cause) {
      problems.push({
        placeId: place.id,
        message: `lieu « ${place.id} » non publié : ${messageOf(cause)}`,
        addressToConfirm: cause instanceof AddressToConfirmError,
      });
    }
  }
  return { rows, problems };
}

/** The national CSV: header of the 32 columns, every value quoted, `|` between multiple values. */
export function toMednumCsv(rows: readonly MednumRow[]): string {
  const data = rows.map((r) => MEDNUM_COLUMNS.map((c) => r[c]));
  return `${Papa.unparse({ fields: [...MEDNUM_COLUMNS], data }, { quotes: true, newline: '\r\n' })}\r\n`;
}

/** The national JSON: one object per place as the package writes it (only filled fields, numbers for coordinates). */
export function toMednumJson(places: readonly PlaceEntry[], ctx: ExportContext, updatedOn: string): unknown[] {
  const ok = new Set(toMednumRows(places, ctx, updatedOn).rows.map((r) => r.id));
  return [...places]
    .filter((p) => ok.has(p.id))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => toSchemaLieuMediationNumerique(toLieuMediationNumerique(p, ctx, updatedOn)));
}

/** `/donnees/evenements.json`: upcoming occurrences with labels and links, no internal fields. */
export function toEventsOpenData(occurrences: readonly Occurrence[], ctx: ExportContext): OpenEvent[] {
  return occurrences.map((o) => ({
    id: o.id,
    seriesId: o.seriesId,
    title: o.title,
    description: o.description,
    start: o.start,
    end: o.end,
    allDay: o.allDay,
    status: o.status,
    location: o.location,
    placeId: o.placeId,
    commune: o.commune,
    communeName: o.commune === null ? null : (ctx.communes.get(o.commune)?.name ?? null),
    coordinates: o.coordinates,
    url: o.url,
    page: eventPageUrl(ctx, o),
    registration: o.registration,
    price: o.price,
    free: o.free,
    themes: o.themes,
    themeLabels: themeLabels(o.themes, ctx),
    publics: o.publics,
    organiser: ctx.sources.get(o.sourceId)?.name ?? null,
    demo: o.demo,
    firstSeen: o.firstSeen,
    updatedAt: o.updatedAt,
  }));
}

/**
 * `/donnees/lieux.json`: the directory as in content/places with the commune named, without what
 * the partner has not confirmed (published-facts.ts): the street is `null` until the address is
 * confirmed, unconfirmed hours and contacts are left out, `toConfirm` says which facts are missing.
 */
/** The facts of a place left out of lieux.json while unconfirmed. */
const CONTACT_FACTS = ['openingHours', 'phone', 'email', 'website'] as const;

export function toPlacesOpenData(places: readonly PlaceEntry[], ctx: ExportContext): OpenPlace[] {
  return [...places]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => {
      const unconfirmed = new Set<string>(CONTACT_FACTS.filter((f) => publishedFact(p, f) === undefined));
      const kept = Object.fromEntries(Object.entries(p).filter(([key]) => !unconfirmed.has(key))) as PlaceEntry;
      return {
        ...kept,
        ...(kept.openingHours === undefined ? {} : { openingHours: withPublicHolidays(kept.openingHours) }),
        stops: p.stops.map((s) => ({ ...s, openingHours: withPublicHolidays(s.openingHours) })),
        address: { ...p.address, street: publishedStreet(p) },
        description: withoutPlaceholders(p.description),
        communeName: ctx.communes.get(p.address.commune)?.name ?? null,
        page: absoluteUrl(ctx, routes.place(p.id)),
      };
    });
}

/** A JSON document as published: 2-space indented, final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
