import type { Commune, Coordinates } from '../domain/index.ts';
import { distanceKm } from './distance.ts';

/**
 * Communes whose centres lie within this distance (km) count as neighbours: for the agenda's
 * « communes voisines » filter, the events shown near a commune and the commune pages.
 */
export const NEARBY_KM = 10;

/** What distances need of a commune: its name and centre. */
export type Located = Pick<Commune, 'name' | 'centroid'>;

/** A commune and its distance from a point, in kilometres. */
export interface NearCommune<T extends Located = Commune> {
  commune: T;
  km: number;
}

/** Communes sorted by the distance of their centre from a point (ties by name). */
export function communesByDistance<T extends Located>(communes: readonly T[], point: Coordinates): NearCommune<T>[] {
  return communes
    .map((commune) => ({ commune, km: distanceKm(point, commune.centroid) }))
    .sort((a, b) => a.km - b.km || a.commune.name.localeCompare(b.commune.name, 'fr'));
}

/** The other communes whose centre lies within `maxKm` of this one's, nearest first. */
export function communesNear(communes: readonly Commune[], commune: Commune, maxKm: number): NearCommune[] {
  return communesByDistance(communes, commune.centroid).filter(
    (n) => n.commune.insee !== commune.insee && n.km <= maxKm,
  );
}

/** Each commune's neighbours (within `maxKm`, nearest first), by INSEE code. */
export function neighboursByCommune(communes: readonly Commune[], maxKm = NEARBY_KM): Map<string, NearCommune[]> {
  return new Map(communes.map((c) => [c.insee, communesNear(communes, c, maxKm)]));
}

/** The commune whose centre is nearest to a point (for "utiliser ma position"), or `undefined`. */
export function nearestCommune<T extends Located>(communes: readonly T[], point: Coordinates): T | undefined {
  return communesByDistance(communes, point)[0]?.commune;
}
