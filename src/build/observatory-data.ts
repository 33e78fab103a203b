/**
 * The observatory's pages, prepared once per build from the build context: the figures
 * (`buildObservatory`), then what each page shows — tables, and charts laid out with the same numbers.
 */
import type { Tally } from '../lib/domain/index.ts';
import { layoutBarChart, type BarChartLayout } from '../lib/charts/bar-chart.ts';
import { layoutLineChart, type LineChartLayout } from '../lib/charts/line-chart.ts';
import { layoutSymbolMap, type SymbolMapLayout } from '../lib/charts/symbol-map.ts';
import { whiteZonesOf, type WhiteZonesView } from './white-zones-view.ts';
import { formatDayLabel } from '../lib/format/format-date.ts';
import {
  formatCount,
  formatDecimal,
  formatShare,
  hoursOf,
  hoursPerThousand,
  sessionsPerThousand,
} from '../lib/indicators/format-figures.ts';
import {
  buildObservatory,
  type BreakdownRow,
  type Dimension,
  type Observatory,
  type QuarterColumn,
} from '../lib/indicators/observatory.ts';
import type { Quarter } from '../lib/indicators/quarters.ts';
import { cancelledShare } from '../lib/indicators/tally.ts';
import { feedWindowAround } from '../lib/ingest/feed-window.ts';
import { observatoryText as t } from '../lib/site/strings/observatory.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { getBuildContext } from './build-context.ts';

/** `4e trimestre 2026`. */
export const quarterName = (q: Quarter) => t.quarterName(q.index, q.year);
/** `T4 2026`. */
export const quarterShort = (q: Quarter) => t.quarterShort(q.index, q.year);

const DASH = '—';

/** A table cell: its text, and the number it says (for charts), `null` when there is none. */
export interface Cell {
  text: string;
  value: number | null;
}

const cell = (value: number | null, format: (n: number) => string): Cell =>
  value === null ? { text: DASH, value: null } : { text: format(value), value };

/** Sessions and hours of a tally (dashes without figures). */
export function sessionCells(tally: Tally | null): [Cell, Cell] {
  return [
    cell(tally?.sessions ?? null, formatCount),
    cell(tally === null ? null : hoursOf(tally.minutes), formatDecimal),
  ];
}

/** Sessions and hours per 1 000 inhabitants of a tally. */
export function perThousandCells(tally: Tally | null, population: number): [Cell, Cell] {
  return [
    cell(tally === null ? null : sessionsPerThousand(tally, population), formatDecimal),
    cell(tally === null ? null : hoursPerThousand(tally, population), formatDecimal),
  ];
}

/** What the period of a column says: `compté à partir du 1er novembre 2026`, or nothing when whole. */
export function coverageNote(column: QuarterColumn): string {
  if (column.figures === null) return t.noData;
  const notes: string[] = [];
  if (column.coverageFrom !== null && column.coverageFrom > column.quarter.from) {
    notes.push(t.coverage(formatDayLabel(column.coverageFrom, { withYear: true })));
  }
  if (column.gaps.length > 0) notes.push(t.gaps(column.gaps.length));
  return notes.join(' ; ');
}

/** One row of the territory's summary: a measure and its value in each quarter. */
export interface SummaryRow {
  label: string;
  cells: Cell[];
}

function summaryOf(obs: Observatory): SummaryRow[] {
  const totals = obs.columns.map((c) => c.figures?.total ?? null);
  const m = t.measures;
  const row = (label: string, pick: (x: Tally) => Cell): SummaryRow => ({
    label,
    cells: totals.map((x) => (x === null ? { text: DASH, value: null } : pick(x))),
  });
  return [
    row(m.sessions, (x) => sessionCells(x)[0]),
    row(m.hours, (x) => sessionCells(x)[1]),
    row(m.sessionsPerThousand, (x) => perThousandCells(x, obs.population)[0]),
    row(m.hoursPerThousand, (x) => perThousandCells(x, obs.population)[1]),
    row(m.cancelled, (x) => cell(x.cancelled, formatCount)),
    row(m.cancelledShare, (x) => ({ text: formatShare(cancelledShare(x)), value: cancelledShare(x) })),
    row(m.untimed, (x) => cell(x.untimed, formatCount)),
  ];
}

/** One line of a breakdown table. */
export interface TableRow {
  key: string;
  label: string;
  cells: Cell[];
}

/** A breakdown page: its table (cells in column order) and its chart drawn from one of its columns. */
export interface DimensionPage {
  dimension: Dimension;
  rows: TableRow[];
  /** Index (among a row's cells, the label excluded) of the column the chart draws. */
  chartColumn: number;
  chart: { kind: 'bars'; layout: BarChartLayout } | { kind: 'map'; layout: SymbolMapLayout };
  chartWhat: string;
}

function rowCells(row: BreakdownRow, withRates: boolean): Cell[] {
  const population = row.population ?? 0;
  return row.tallies.flatMap((tally, i) => [
    ...sessionCells(tally),
    ...(withRates && i === 1 ? perThousandCells(tally, population) : []),
  ]);
}

function dimensionPage(obs: Observatory, dimension: Dimension, centres: Map<string, { lat: number; lon: number }>) {
  const communes = dimension === 'communes';
  const rows = obs.breakdowns[dimension].map((r) => ({
    key: r.key,
    label: r.label,
    cells: [...(communes ? [cell(r.population, formatCount)] : []), ...rowCells(r, communes)],
  }));
  // Communes: hours per 1 000 inhabitants this quarter, on the map; otherwise this quarter's sessions.
  const chartColumn = communes ? 6 : 2;
  if (communes) {
    const points = rows.flatMap((r) => {
      const at = centres.get(r.key);
      const c = r.cells[chartColumn];
      return at === undefined || c === undefined
        ? []
        : [{ id: r.key, label: r.label, at, value: c.value ?? 0, text: c.text }];
    });
    return {
      dimension,
      rows,
      chartColumn,
      chart: { kind: 'map', layout: layoutSymbolMap(points) },
      chartWhat: t.measures.hoursPerThousand.toLowerCase(),
    } as const;
  }
  const bars = rows.map((r) => {
    const c = r.cells[chartColumn];
    return { label: r.label, value: c?.value ?? 0, text: c?.text ?? DASH };
  });
  return {
    dimension,
    rows,
    chartColumn,
    chart: { kind: 'bars', layout: layoutBarChart(bars) },
    chartWhat: t.measures.sessions.toLowerCase(),
  } as const;
}

/** The trend: one point per recorded quarter. */
export interface TrendView {
  rows: { quarter: string; coverage: string; cells: Cell[]; state: string }[];
  chart: LineChartLayout;
}

function trendOf(obs: Observatory): TrendView {
  const rows = obs.trend.map((p) => {
    const [sessions, hours] = sessionCells(p.figures.total);
    const share = cancelledShare(p.figures.total);
    const partial = p.coverageFrom > p.quarter.from;
    return {
      quarter: quarterShort(p.quarter),
      coverage: partial ? t.coverage(formatDayLabel(p.coverageFrom, { withYear: true })) : quarterName(p.quarter),
      cells: [sessions, hours, { text: formatShare(share), value: share }],
      state: p.closed ? t.trendState.closed : t.trendState.open,
    };
  });
  const chart = layoutLineChart(
    rows.map((r) => ({ label: r.quarter, value: r.cells[0]?.value ?? 0, text: r.cells[0]?.text ?? DASH })),
  );
  return { rows, chart };
}

/** Everything the observatory's pages show. */
export interface ObservatoryView {
  observatory: Observatory;
  columns: { label: string; name: string; note: string }[];
  summary: SummaryRow[];
  dimensions: Record<Dimension, DimensionPage>;
  trend: TrendView;
  whiteZones: WhiteZonesView;
  /** `true` while the published agendas are the shipped examples. */
  demo: boolean;
  /** `mardi 1er décembre 2026`. */
  day: string;
}

async function prepare(): Promise<ObservatoryView> {
  const build = await getBuildContext();
  const observatory = buildObservatory({
    now: build.now,
    dataFrom: toZonedDate(feedWindowAround(build.now).from.getTime()),
    communes: build.communes,
    places: build.places,
    sources: build.sources,
    statuses: build.status.sources,
    taxonomy: build.taxonomy,
    occurrences: build.occurrences,
    history: build.history,
  });
  const centres = new Map(build.communes.map((c) => [c.insee, c.centroid]));
  const dimensions = Object.fromEntries(
    (['communes', 'themes', 'publics', 'axes'] as const).map((d) => [d, dimensionPage(observatory, d, centres)]),
  ) as Record<Dimension, DimensionPage>;
  return {
    observatory,
    columns: observatory.columns.map((c) => ({
      label: t.periods[c.period],
      name: quarterName(c.quarter),
      note: coverageNote(c),
    })),
    summary: summaryOf(observatory),
    dimensions,
    trend: trendOf(observatory),
    whiteZones: whiteZonesOf(observatory, new Map(build.places.map((p) => [p.id, p.name]))),
    demo: build.sources.some((s) => s.enabled && s.demo),
    day: formatDayLabel(observatory.today, { withYear: true }),
  };
}

let cached: Promise<ObservatoryView> | undefined;

/** The observatory's pages' data, computed on first use and shared by every page of the build. */
export function getObservatoryView(): Promise<ObservatoryView> {
  cached ??= prepare();
  return cached;
}
