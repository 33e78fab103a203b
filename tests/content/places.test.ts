import path from 'node:path';
import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import type { Coordinates, PlaceEntry } from '../../src/lib/domain/index.ts';
import { readContent } from '../../src/loaders/read-content.ts';
import { root } from '../support/paths.ts';

const content = await readContent(path.join(root, 'content'));
const { places, communes } = content;
const communeByInsee = new Map(communes.map((c) => [c.insee, c]));
const placeById = new Map(places.map((p) => [p.id, p]));

/** The territory's bounding box (IGN Admin Express contours, see /work/shared/territory). */
const BOX = { south: 47.7767, north: 48.0336, west: -1.5807, east: -1.2131 };
const SOUTH = ['Martigné-Ferchaud', 'Thourie', 'Coësmes', 'Eancé'];

function kmBetween(a: Coordinates, b: Coordinates): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function isInsideTerritory({ lat, lon }: Coordinates): boolean {
  return lat >= BOX.south && lat <= BOX.north && lon >= BOX.west && lon <= BOX.east;
}

/** Every "where and when" of the directory: each place and each stop of an itinerant service. */
const spots = places.flatMap((p) => [
  { label: `places/${p.id}.md`, commune: p.address.commune, coordinates: p.coordinates, hours: p.openingHours },
  ...p.stops.map((s, i) => ({
    label: `places/${p.id}.md, arrêt ${i + 1}`,
    commune: s.commune,
    coordinates: s.coordinates,
    hours: s.openingHours,
  })),
]);

/** Open hours in the week of Monday 11 January 2027 (no holiday, no clock change). */
function weeklyHours(hours: string): number {
  const [open] = new OpeningHours(hours).getOpenDuration(new Date(2027, 0, 11), new Date(2027, 0, 18));
  return open / 3_600_000;
}

function communeName(place: PlaceEntry): string | undefined {
  return communeByInsee.get(place.address.commune)?.name;
}

describe('the directory (content/places)', () => {
  it('lists at least 20 places over at least 10 communes, the south of the territory included', () => {
    expect(places.length).toBeGreaterThanOrEqual(20);
    const names = new Set(places.map(communeName));
    expect(names.size).toBeGreaterThanOrEqual(10);
    for (const south of SOUTH) expect(names, `aucun lieu à ${south}`).toContain(south);
  });

  it('has every kind of actor of the roadmap', () => {
    const kinds = new Set(places.map((p) => p.kind));
    for (const kind of [
      'fablab',
      'mediatheque',
      'france-services',
      'bus-france-services',
      'tiers-lieu',
      'pij',
      'emploi',
      'evs',
      'association',
      'mairie',
      'transport',
      'epci',
    ]) {
      expect(kinds, `aucun lieu de type « ${kind} »`).toContain(kind);
    }
    const names = places.map((p) => p.name);
    for (const actor of ['La Canopée', 'Orditous', 'Bistrot Lab’', 'Récréation restérienne', 'Point Accueil Emploi']) {
      expect(names).toContain(actor);
    }
    expect(names.some((n) => n.startsWith('Mobilifée'))).toBe(true);
    expect(names.some((n) => n.includes('(MEEF)'))).toBe(true);
  });

  it('has the three FabLab sites with the weekly OpenLab hours of the roadmap', () => {
    const openLab: Record<string, number> = {};
    for (const place of places.filter((p) => p.kind === 'fablab')) {
      openLab[communeName(place) ?? place.id] = weeklyHours(place.openingHours ?? '');
    }
    expect(openLab).toEqual({ Janzé: 21, Retiers: 9, Amanlis: 9 });
    const retiers = new OpeningHours(placeById.get('fablab-retiers')?.openingHours ?? '');
    // Wednesday, Friday and Saturday afternoons; closed on Tuesday afternoon.
    expect([13, 15, 16, 12].map((day) => retiers.getState(new Date(2027, 0, day, 15)))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('puts every place and every stop inside the territory, within 3 km of its commune', () => {
    for (const spot of spots) {
      expect(isInsideTerritory(spot.coordinates), `${spot.label} : hors du territoire`).toBe(true);
      const commune = communeByInsee.get(spot.commune);
      expect(commune, `${spot.label} : commune inconnue`).toBeDefined();
      if (commune !== undefined) {
        expect(kmBetween(spot.coordinates, commune.centroid), `${spot.label} : loin de ${commune.name}`).toBeLessThan(
          3,
        );
      }
    }
  });

  it('writes every opening time in valid OSM opening_hours syntax, without warnings', () => {
    const withHours = spots.filter((s) => s.hours !== undefined);
    expect(withHours.length).toBeGreaterThanOrEqual(30);
    for (const spot of withHours) {
      let warnings: string[] = [];
      expect(
        () => {
          warnings = new OpeningHours(spot.hours ?? '').getWarnings();
        },
        `${spot.label} : « ${spot.hours ?? ''} »`,
      ).not.toThrow();
      expect(warnings, spot.label).toEqual([]);
      const [open] = new OpeningHours(spot.hours ?? '').getOpenDuration(new Date(2027, 0, 1), new Date(2027, 1, 1));
      expect(open, `${spot.label} : jamais ouvert en janvier`).toBeGreaterThan(0);
    }
  });

  it('gives the Bus France Services a stop at least twice a month in at least 8 communes without a fixed place', () => {
    const bus = placeById.get('bus-france-services');
    expect(bus?.kind).toBe('bus-france-services');
    const stops = bus?.stops ?? [];
    const stopCommunes = new Set(stops.map((s) => s.commune));
    expect(stopCommunes.size).toBeGreaterThanOrEqual(8);
    const fixed = new Set(places.filter((p) => p.kind === 'france-services').map((p) => p.address.commune));
    for (const commune of stopCommunes) expect(fixed.has(commune)).toBe(false);
    for (const stop of stops) {
      const oh = new OpeningHours(stop.openingHours);
      const [open] = oh.getOpenDuration(new Date(2027, 0, 1), new Date(2027, 1, 1));
      expect(open / 3_600_000, stop.location).toBeGreaterThanOrEqual(4);
    }
  });

  it('tells residents what to bring for online procedures, and marks unconfirmed facts', () => {
    const procedures = places.filter((p) => p.themes.includes('demarches') && p.kind !== 'epci');
    expect(procedures.length).toBeGreaterThanOrEqual(5);
    for (const place of procedures) {
      expect(place.toBring.join(' '), place.id).toMatch(/pièce d.identité/i);
      expect(place.toBring.join(' '), place.id).toMatch(/FranceConnect/);
    }
    for (const place of places) {
      const guessed = place.address.street.includes('à confirmer');
      const flagged =
        place.toConfirm === true || (Array.isArray(place.toConfirm) && place.toConfirm.includes('address'));
      if (guessed) expect(flagged, `${place.id} : adresse à confirmer non signalée`).toBe(true);
      expect(place.description.length, `${place.id} : description vide`).toBeGreaterThan(40);
    }
  });
});
