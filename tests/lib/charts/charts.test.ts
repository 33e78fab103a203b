import { describe, expect, it } from 'vitest';
import { layoutBarChart } from '../../../src/lib/charts/bar-chart.ts';
import { layoutLineChart } from '../../../src/lib/charts/line-chart.ts';
import { layoutSymbolMap } from '../../../src/lib/charts/symbol-map.ts';

/** The value, which the test's data guarantees. */
function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('valeur attendue');
  return value;
}

describe('layoutBarChart', () => {
  it('draws bars from zero, their lengths in proportion to the values, one row each', () => {
    const layout = layoutBarChart(
      [
        { label: 'Démarches', value: 40, text: '40' },
        { label: 'Bases', value: 10, text: '10' },
        { label: 'Réparer', value: 0, text: '0' },
      ],
      { width: 500, valueRoom: 100, row: 40 },
    );
    // The largest value spans the 400 px left once the value's room is kept.
    expect(layout.bars.map((b) => b.barWidth)).toEqual([400, 100, 0]);
    expect(layout.bars.map((b) => b.barY)).toEqual([20, 60, 100]);
    expect(layout.bars[1]?.textX).toBe(106);
    expect(layout.height).toBe(120);
  });

  it('draws all-zero data as empty bars', () => {
    expect(layoutBarChart([{ label: 'a', value: 0, text: '0' }]).bars[0]?.barWidth).toBe(0);
  });
});

describe('layoutSymbolMap', () => {
  const points = [
    { id: 'n', label: 'Nord', at: { lat: 48.0, lon: -1.4 }, value: 100, text: '100' },
    { id: 's', label: 'Sud', at: { lat: 47.8, lon: -1.4 }, value: 25, text: '25' },
    { id: 'e', label: 'Est', at: { lat: 47.9, lon: -1.2 }, value: 0, text: '0' },
  ];
  const layout = layoutSymbolMap(points, { width: 400, padding: 20, maxRadius: 20 });
  const [north, south, east] = layout.symbols;

  it('puts north up and east to the right', () => {
    expect(defined(north).y).toBeLessThan(defined(south).y);
    expect(defined(east).x).toBeGreaterThan(defined(north).x);
    expect(defined(north).x).toBe(20);
    expect(defined(east).x).toBe(380);
  });

  it('makes circle areas proportional to the values', () => {
    // Area ratio 100 : 25 is a radius ratio 2 : 1.
    expect(defined(north).r).toBe(20);
    expect(defined(south).r).toBe(10);
    expect(defined(east).r).toBe(0);
  });

  it('keeps the map’s proportions: 0.2° of latitude against 0.2° of longitude × cos 47.9°', () => {
    const k = Math.cos((47.9 * Math.PI) / 180);
    expect(defined(south).y - defined(north).y).toBeCloseTo(360 / k, 0);
  });
});

describe('layoutLineChart', () => {
  it('places one point per quarter, heights in proportion from zero, and a path through them', () => {
    const layout = layoutLineChart(
      [
        { label: 'T3 2026', value: 50, text: '50' },
        { label: 'T4 2026', value: 100, text: '100' },
      ],
      { width: 300, height: 200, padding: 20 },
    );
    expect(layout.baseline).toBe(180);
    expect(layout.points.map((p) => [p.x, p.y])).toEqual([
      [20, 100],
      [280, 20],
    ]);
    expect(layout.path).toBe('M20,100L280,20');
  });

  it('draws a single quarter as a point without a line', () => {
    const layout = layoutLineChart([{ label: 'T4 2026', value: 7, text: '7' }], { width: 300 });
    expect(layout.path).toBe('');
    expect(layout.points[0]?.x).toBe(150);
  });
});
