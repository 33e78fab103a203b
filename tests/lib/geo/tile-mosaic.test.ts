import { describe, expect, it } from 'vitest';
import { tileMosaic, tileUrl } from '../../../src/lib/geo/tile-mosaic.ts';

const template = 'https://{s}.tiles.example/{z}/{x}/{y}{r}.png';

describe('tileUrl', () => {
  it('fills the zoom, column, row and the optional subdomain and retina parts', () => {
    expect(tileUrl(template, 15, 16257, 11443)).toBe('https://a.tiles.example/15/16257/11443.png');
  });
});

describe('tileMosaic', () => {
  const retiers = { lat: 47.9127, lon: -1.3394 };
  const mosaic = tileMosaic(template, retiers);

  it('takes the tile holding the point and its neighbours, as OpenStreetMap numbers them', () => {
    // At zoom 15, Retiers is in column 16262 and row 11402 (slippy-map tile numbering).
    const urls = mosaic.tiles.map((t) => t.url);
    expect(urls.some((u) => u.endsWith('/15/16262/11402.png'))).toBe(true);
    expect(new Set(urls).size).toBe(4);
  });

  it('covers the whole window with the four tiles', () => {
    const lefts = mosaic.tiles.map((t) => t.left);
    const tops = mosaic.tiles.map((t) => t.top);
    expect(Math.min(...lefts)).toBeLessThanOrEqual(0);
    expect(Math.max(...lefts) + 256).toBeGreaterThanOrEqual(mosaic.width);
    expect(Math.min(...tops)).toBeLessThanOrEqual(0);
    expect(Math.max(...tops) + 256).toBeGreaterThanOrEqual(mosaic.height);
  });
});
