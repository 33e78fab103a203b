/**
 * « Zones blanches »: for each need, the communes with no place serving it within a distance of
 * their centre and no session answering it nearby in the coming days.
 */
import type { Commune, Need, Occurrence, PlaceEntry } from '../domain/index.ts';
import { distanceKm } from '../geo/distance.ts';
import { placeDistance } from '../geo/nearest.ts';
import { answersNeed } from '../places/filter-places.ts';
import { whenToEpoch } from '../time/zoned-time.ts';

/** A place serving a need counts when it lies within this distance (km) of the commune's centre. */
export const WHITE_ZONE_KM = 5;
/** A session counts when it starts within this many days from now. */
export const WHITE_ZONE_DAYS = 30;

const DAY_MS = 86_400_000;

/** How one commune stands for one need. */
export interface CommuneCoverage {
  commune: Commune;
  /** Distance (km) to the nearest place serving the need (itinerant services: their nearest stop), or `null` if none. */
  nearestKm: number | null;
  /** That place's id, or `null`. */
  nearestPlace: string | null;
  /** Sessions answering the need within `km` of the commune's centre in the coming `days` days (cancelled ones excluded). */
  sessions: number;
  /** No place within `km` and no session: a « zone blanche ». */
  white: boolean;
}

/** One need and how every commune stands for it. */
export interface NeedCoverage {
  need: Need;
  communes: CommuneCoverage[];
}

/** What the computation reads of an occurrence. */
export type LocatedOccurrence = Pick<Occurrence, 'start' | 'status' | 'themes' | 'publics' | 'coordinates' | 'commune'>;

export interface WhiteZoneOptions {
  now: Date;
  km?: number;
  days?: number;
}

/** Where a session happens: its coordinates, else its commune's centre, else `null`. */
function whereOf(o: LocatedOccurrence, centres: ReadonlyMap<string, Commune['centroid']>) {
  return o.coordinates ?? (o.commune === null ? null : (centres.get(o.commune) ?? null));
}

/** For each need, each commune's nearest place serving it, its sessions nearby soon, and whether it is a zone blanche. */
export function whiteZones(
  needs: readonly Need[],
  communes: readonly Commune[],
  places: readonly PlaceEntry[],
  occurrences: readonly LocatedOccurrence[],
  { now, km = WHITE_ZONE_KM, days = WHITE_ZONE_DAYS }: WhiteZoneOptions,
): NeedCoverage[] {
  const centres = new Map(communes.map((c) => [c.insee, c.centroid]));
  const from = now.getTime();
  const until = from + days * DAY_MS;
  const soon = occurrences.filter((o) => {
    const start = whenToEpoch(o.start);
    return o.status !== 'cancelled' && start >= from && start < until;
  });
  return needs.map((need) => {
    const serving = places.filter((p) => answersNeed(p, need));
    const sessions = soon.filter((o) => answersNeed(o, need));
    return {
      need,
      communes: communes.map((commune) => {
        const nearest = serving
          .map((p) => placeDistance(p, commune.centroid))
          .sort((a, b) => a.km - b.km || a.place.id.localeCompare(b.place.id))[0];
        const nearby = sessions.filter((o) => {
          const at = whereOf(o, centres);
          return at !== null && distanceKm(at, commune.centroid) <= km;
        }).length;
        const placeNear = nearest !== undefined && nearest.km <= km;
        return {
          commune,
          nearestKm: nearest?.km ?? null,
          nearestPlace: nearest?.place.id ?? null,
          sessions: nearby,
          white: !placeNear && nearby === 0,
        };
      }),
    };
  });
}
