import type { Commune, Coordinates } from '../domain/index.ts';
import { distanceKm } from './distance.ts';

/** A commune and its distance from a point, in kilometres. */
export interface NearCommune {
  commune: Commune;
  km: number;
}

/** Communes sorted by the distance of their centre from a point (ties by name). */
export function communesByDistance(communes: readonly Commune[], point: Coordinates): NearCommune[] {
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

/** The commune whose centre is nearest to a point (for "utiliser ma position"), or `undefined`. */
export function nearestCommune(communes: readonly Commune[], point: Coordinates): Commune | undefined {
  return communesByDistance(communes, point)[0]?.commune;
}
