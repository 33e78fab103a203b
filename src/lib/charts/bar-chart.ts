/**
 * Horizontal bar charts laid out at build time (d3-scale): pure geometry that a component draws
 * as static SVG. Each row: the label above, the bar, its value at the bar's end.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';

/** One bar: its label, its value, and the value as the table beside the chart writes it. */
export interface BarInput {
  label: string;
  value: number;
  text: string;
}

export interface Bar extends BarInput {
  /** Baseline of the label. */
  labelY: number;
  /** Top of the bar. */
  barY: number;
  /** Length of the bar (0 for a zero value). */
  barWidth: number;
  /** Where the value is written. */
  textX: number;
  textY: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  barHeight: number;
  bars: Bar[];
}

export interface BarChartOptions {
  width?: number;
  /** Height of one row (label and bar). */
  row?: number;
  barHeight?: number;
  /** Room kept at the right for the longest value. */
  valueRoom?: number;
}

/** The geometry of a horizontal bar chart: bar lengths proportional to the values, from zero. */
export function layoutBarChart(data: readonly BarInput[], options: BarChartOptions = {}): BarChartLayout {
  const { width = 640, row = 42, barHeight = 16, valueRoom = 72 } = options;
  const top = max(data, (d) => d.value) ?? 0;
  const x = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([0, width - valueRoom]);
  const bars = data.map((d, i) => {
    const y = i * row;
    const barWidth = Math.max(0, x(d.value));
    return {
      ...d,
      labelY: y + 14,
      barY: y + 20,
      barWidth: Math.round(barWidth * 10) / 10,
      textX: Math.round((barWidth + 6) * 10) / 10,
      textY: y + 20 + barHeight - 3,
    };
  });
  return { width, height: Math.max(row, data.length * row), barHeight, bars };
}
