/**
 * A map of proportional symbols at the communes' centres, laid out at build time (d3-scale):
 * circle areas proportional to the values, positions from latitude and longitude (an
 * equirectangular projection corrected by the cosine of the mean latitude: fine at a territory's scale).
 */
import { extent, max, mean } from 'd3-array';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { Coordinates } from '../domain/index.ts';

export interface SymbolInput {
  id: string;
  label: string;
  at: Coordinates;
  value: number;
  /** The value as the table beside the map writes it. */
  text: string;
  /** Drawn highlighted (a « zone blanche »). */
  marked?: boolean;
}

export interface MapSymbol extends SymbolInput {
  x: number;
  y: number;
  /** Radius; 0 for a zero value (the commune still gets a small mark). */
  r: number;
  labelY: number;
}

export interface SymbolMapLayout {
  width: number;
  height: number;
  symbols: MapSymbol[];
}

export interface SymbolMapOptions {
  width?: number;
  padding?: number;
  maxRadius?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The geometry of a proportional-symbol map of points. */
export function layoutSymbolMap(points: readonly SymbolInput[], options: SymbolMapOptions = {}): SymbolMapLayout {
  const { width = 640, padding = 36, maxRadius = 26 } = options;
  const k = Math.cos(((mean(points, (p) => p.at.lat) ?? 0) * Math.PI) / 180);
  const [lonMin = 0, lonMax = 1] = extent(points, (p) => p.at.lon * k);
  const [latMin = 0, latMax = 1] = extent(points, (p) => p.at.lat);
  const spanX = lonMax - lonMin || 1;
  const spanY = latMax - latMin || 1;
  const inner = width - 2 * padding;
  // Room below the southernmost symbol for its name and value.
  const height = Math.round((inner * spanY) / spanX + 2 * padding + 24);
  const x = scaleLinear()
    .domain([lonMin, lonMax])
    .range([padding, width - padding]);
  const y = scaleLinear()
    .domain([latMin, latMax])
    .range([height - padding - 24, padding]);
  const top = max(points, (p) => p.value) ?? 0;
  const r = scaleSqrt()
    .domain([0, top > 0 ? top : 1])
    .range([0, maxRadius]);
  return {
    width,
    height,
    symbols: points.map((p) => {
      const radius = round(r(p.value));
      const cy = round(y(p.at.lat));
      return { ...p, x: round(x(p.at.lon * k)), y: cy, r: radius, labelY: round(cy + Math.max(radius, 3) + 12) };
    }),
  };
}
