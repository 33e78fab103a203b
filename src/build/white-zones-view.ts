/** The « zones blanches » pages: need by need (one map each), and commune by commune (one map). */
import { layoutSymbolMap, type SymbolMapLayout } from '../lib/charts/symbol-map.ts';
import type { Coordinates } from '../lib/domain/index.ts';
import { formatDistance } from '../lib/geo/distance.ts';
import { formatCount } from '../lib/indicators/format-figures.ts';
import type { Observatory } from '../lib/indicators/observatory.ts';
import { observatoryText as t } from '../lib/site/strings/observatory.ts';
import type { Cell } from './observatory-data.ts';

/** One need: its communes in white zone, and the page drawing them. */
export interface NeedView {
  id: string;
  label: string;
  /** Names of the communes in white zone. */
  communes: string[];
  /** One row per commune: nearest place serving the need, sessions soon nearby, white zone or not. */
  rows: { label: string; cells: Cell[] }[];
  /** Symbols sized by the sessions soon nearby, the white zones marked. */
  map: SymbolMapLayout;
}

export interface WhiteZonesView {
  byNeed: NeedView[];
  byCommune: { key: string; label: string; count: number; needs: string[]; at: Coordinates }[];
  map: SymbolMapLayout;
}

function needView(need: Observatory['whiteZones'][number], placeNames: ReadonlyMap<string, string>): NeedView {
  const rows = need.communes.map((c) => ({
    label: c.commune.name,
    cells: [
      {
        text:
          c.nearestKm === null || c.nearestPlace === null
            ? t.whiteNoPlace
            : t.whiteNearestPlace(formatDistance(c.nearestKm), placeNames.get(c.nearestPlace) ?? c.nearestPlace),
        value: null,
      },
      { text: formatCount(c.sessions), value: c.sessions },
      { text: c.white ? t.whiteYes : t.whiteNo, value: null },
    ],
  }));
  const map = layoutSymbolMap(
    need.communes.map((c) => ({
      id: c.commune.insee,
      label: c.commune.name,
      at: c.commune.centroid,
      value: c.sessions,
      text: formatCount(c.sessions),
      marked: c.white,
    })),
  );
  return {
    id: need.need.id,
    label: need.need.label,
    communes: need.communes.filter((c) => c.white).map((c) => c.commune.name),
    rows,
    map,
  };
}

/** The white zones of the observatory, ready for the pages. */
export function whiteZonesOf(obs: Observatory, placeNames: ReadonlyMap<string, string>): WhiteZonesView {
  const communes = obs.whiteZones[0]?.communes.map((c) => c.commune) ?? [];
  const byCommune = communes.map((commune) => {
    const needs = obs.whiteZones.filter((n) => n.communes.some((c) => c.white && c.commune.insee === commune.insee));
    return {
      key: commune.insee,
      label: commune.name,
      count: needs.length,
      needs: needs.map((n) => n.need.label),
      at: commune.centroid,
    };
  });
  const map = layoutSymbolMap(
    byCommune.map((c) => ({
      id: c.key,
      label: c.label,
      at: c.at,
      value: c.count,
      text: formatCount(c.count),
      marked: c.count > 0,
    })),
  );
  return { byNeed: obs.whiteZones.map((n) => needView(n, placeNames)), byCommune, map };
}
