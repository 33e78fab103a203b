import type { Coordinates } from '../lib/domain/index.ts';
import { formatPhone, phoneHref } from '../lib/format/format-phone.ts';
import { nextSessions, type Session } from '../lib/places/next-sessions.ts';
import { routes } from '../lib/site/routes.ts';
import { placeContext } from './places-data.ts';
import type { SiteData } from './site-data.ts';

/** One place of the map and of its list: where its markers go and what its popup says. */
export interface MapPlace {
  id: string;
  name: string;
  href: string;
  kind: string;
  commune: string;
  address: string;
  phone: { text: string; href: string } | null;
  /** Where the markers go: the place, or each stop of an itinerant service. */
  points: (Coordinates & { label: string })[];
  themes: string[];
  publics: string[];
  /** The INSEE codes it serves: its commune, or its stops' communes. */
  communes: string[];
  /** Its coordinates await confirmation. */
  approximate: boolean;
  next: Session | null;
}

/** The places of the map, by name. */
export function mapPlaces(data: SiteData): MapPlace[] {
  const communeName = (insee: string) => data.communes.find((c) => c.insee === insee)?.name ?? insee;
  const context = placeContext(data);
  return data.places.map((p) => {
    const itinerant = p.stops.length > 0;
    return {
      id: p.id,
      name: p.name,
      href: routes.place(p.id),
      kind: data.taxonomy.placeKinds.find((k) => k.id === p.kind)?.label ?? p.kind,
      commune: itinerant ? p.stops.map((s) => communeName(s.commune)).join(', ') : communeName(p.address.commune),
      address: `${p.address.street}, ${p.address.postalCode} ${communeName(p.address.commune)}`,
      phone: p.phone === undefined ? null : { text: formatPhone(p.phone), href: phoneHref(p.phone) },
      points: itinerant
        ? p.stops.map((s) => ({ ...s.coordinates, label: `${p.name} : ${s.location}, ${communeName(s.commune)}` }))
        : [{ ...p.coordinates, label: p.name }],
      themes: p.themes,
      publics: p.publics,
      communes: itinerant ? [...new Set(p.stops.map((s) => s.commune))] : [p.address.commune],
      approximate: p.toConfirm === true || (Array.isArray(p.toConfirm) && p.toConfirm.includes('coordinates')),
      next: nextSessions(data.occurrences, [p.id], context, 1)[0] ?? null,
    };
  });
}
