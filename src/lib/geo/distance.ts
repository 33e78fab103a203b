import type { Coordinates } from '../domain/index.ts';

const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points, in kilometres (haversine formula). */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A distance as residents read it, as the crow flies: `800 m` under a kilometre (rounded to
 * 100 m), `3,2 km` under 10 km, `14 km` beyond.
 */
export function formatDistance(km: number): string {
  if (km < 0.95) return `${String(Math.max(100, Math.round(km * 10) * 100))} m`;
  if (km < 9.95) return `${(Math.round(km * 10) / 10).toFixed(1).replace('.', ',')} km`;
  return `${String(Math.round(km))} km`;
}
