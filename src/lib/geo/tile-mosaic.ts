import type { Coordinates } from '../domain/index.ts';

const TILE = 256;

/** One map tile placed in a small map window, in CSS pixels from the window's top left. */
export interface PlacedTile {
  url: string;
  left: number;
  top: number;
}

/** A small static map: the 2 × 2 tiles around a point, placed so the point is at the window's centre. */
export interface TileMosaic {
  width: number;
  height: number;
  tiles: PlacedTile[];
}

/** Fills a slippy-map URL template (`https://tile.openstreetmap.org/{z}/{x}/{y}.png`). */
export function tileUrl(template: string, z: number, x: number, y: number): string {
  return template
    .replace('{z}', String(z))
    .replace('{x}', String(x))
    .replace('{y}', String(y))
    .replace('{s}', 'a')
    .replace('{r}', '');
}

/**
 * The four tiles (Web Mercator) that cover a `width` × `height` window centred on a point at a
 * zoom level; the window must be at most 256 pixels wide and high.
 */
export function tileMosaic(template: string, point: Coordinates, zoom = 15, width = 256, height = 192): TileMosaic {
  const scale = TILE * 2 ** zoom;
  const sinLat = Math.sin((point.lat * Math.PI) / 180);
  const px = ((point.lon + 180) / 360) * scale;
  const py = (0.5 - Math.log((1 + sinLat) / (1 - sinLat)) / (4 * Math.PI)) * scale;
  const x0 = Math.round(px / TILE) - 1;
  const y0 = Math.round(py / TILE) - 1;
  const originX = px - width / 2;
  const originY = py - height / 2;
  const tiles: PlacedTile[] = [];
  for (const dy of [0, 1])
    for (const dx of [0, 1])
      tiles.push({
        url: tileUrl(template, zoom, x0 + dx, y0 + dy),
        left: Math.round((x0 + dx) * TILE - originX),
        top: Math.round((y0 + dy) * TILE - originY),
      });
  return { width, height, tiles };
}
