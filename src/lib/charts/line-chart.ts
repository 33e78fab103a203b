/** A line chart of values over quarters, laid out at build time (d3-scale, d3-shape). */
import { max } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

export interface LinePointInput {
  label: string;
  value: number;
  /** The value as the table beside the chart writes it. */
  text: string;
}

export interface LinePoint extends LinePointInput {
  x: number;
  y: number;
}

export interface LineChartLayout {
  width: number;
  height: number;
  /** SVG path of the line (empty with fewer than two points). */
  path: string;
  /** y of the zero line. */
  baseline: number;
  points: LinePoint[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The geometry of a line chart: one point per label, heights proportional to the values from zero. */
export function layoutLineChart(
  data: readonly LinePointInput[],
  { width = 640, height = 220, padding = 40 } = {},
): LineChartLayout {
  const x = scalePoint()
    .domain(data.map((d) => d.label))
    .range([padding, width - padding])
    .padding(data.length === 1 ? 0.5 : 0);
  const top = max(data, (d) => d.value) ?? 0;
  const y = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([height - padding, padding]);
  const points = data.map((d) => ({ ...d, x: round(x(d.label) ?? padding), y: round(y(d.value)) }));
  const path =
    points.length < 2
      ? ''
      : (line<LinePoint>()
          .x((p) => p.x)
          .y((p) => p.y)(points) ?? '');
  return { width, height, path, baseline: round(y(0)), points };
}
