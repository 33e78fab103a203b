/**
 * The observatory's figures, assembled from the site's data at build time: the last, current and
 * next quarters, their figures per commune, theme, public and axis, the history, the feeds to
 * watch and the « zones blanches ». Pure: the build passes the data and its `now`.
 */
import type {
  Commune,
  Figures,
  IndicatorHistory,
  Occurrence,
  PlaceEntry,
  Source,
  SourceStatus,
  Tally,
  Taxonomy,
} from '../domain/index.ts';
import { listFeedProblems, type FeedProblem } from '../nightly/feed-problems.ts';
import { OBSERVATORY_DIMENSIONS, type ObservatoryDimension } from '../site/routes.ts';
import { observatoryText as t } from '../site/strings/observatory.ts';
import { toZonedDate } from '../time/zoned-time.ts';
import { quarterById, quartersAround, type Quarter } from './quarters.ts';
import { recordFigures, recordNight } from './record-history.ts';
import { NONE, UNKNOWN_COMMUNE, startingBetween, tallyOccurrences } from './tally.ts';
import { whiteZones, type NeedCoverage } from './white-zones.ts';

/** The observatory's three periods. */
export const PERIODS = ['previous', 'current', 'next'] as const;
export type Period = (typeof PERIODS)[number];

/** One quarter as the observatory shows it. */
export interface QuarterColumn {
  period: Period;
  quarter: Quarter;
  /** Its figures, or `null` when the data holds none of its days. */
  figures: Figures | null;
  /** First day counted (later than the quarter's start when the history began during it), or `null`. */
  coverageFrom: string | null;
  /** Days missed (no night counted them in time). */
  gaps: { from: string; to: string }[];
}

/** The dimensions figures are broken down by (one page each). */
export const DIMENSIONS = OBSERVATORY_DIMENSIONS;
export type Dimension = ObservatoryDimension;

/** One line of a breakdown: a commune, theme, public or axis, and its tally in each quarter. */
export interface BreakdownRow {
  key: string;
  label: string;
  /** Inhabitants, for communes (and the territory); `null` otherwise. */
  population: number | null;
  /** One per quarter column, in their order; `null` for a quarter without figures. */
  tallies: (Tally | null)[];
}

/** One point of the trend: a recorded quarter. */
export interface TrendPoint {
  quarter: Quarter;
  figures: Figures;
  coverageFrom: string;
  /** `true` once every day of the quarter is past and counted. */
  closed: boolean;
  gaps: { from: string; to: string }[];
}

export interface Observatory {
  /** `YYYY-MM-DD` of the build. */
  today: string;
  columns: QuarterColumn[];
  /** The territory's population. */
  population: number;
  breakdowns: Record<Dimension, BreakdownRow[]>;
  /** The recorded quarters, oldest first, tonight's included. */
  trend: TrendPoint[];
  /** The history as tonight's night would write it. */
  history: IndicatorHistory;
  /** Feeds failing, held back or stale. */
  feeds: FeedProblem[];
  whiteZones: NeedCoverage[];
}

export interface ObservatoryInput {
  now: Date;
  /** First day the data holds (the ingest window's start). */
  dataFrom: string;
  communes: readonly Commune[];
  places: readonly PlaceEntry[];
  sources: readonly Source[];
  statuses: readonly SourceStatus[];
  taxonomy: Taxonomy;
  occurrences: readonly Occurrence[];
  history: IndicatorHistory;
}

function columnsOf(input: ObservatoryInput, history: IndicatorHistory, today: string): QuarterColumn[] {
  const around = quartersAround(today);
  const recorded = new Map(history.quarters.map((r) => [r.quarter, r]));
  return PERIODS.map((period) => {
    const quarter = around[period];
    const record = recorded.get(quarter.id);
    if (record !== undefined) {
      return { period, quarter, figures: recordFigures(record), coverageFrom: record.coverageFrom, gaps: record.gaps };
    }
    if (period === 'next') {
      const figures = tallyOccurrences(startingBetween(input.occurrences, quarter.from, quarter.to));
      return { period, quarter, figures, coverageFrom: quarter.from, gaps: [] };
    }
    return { period, quarter, figures: null, coverageFrom: null, gaps: [] };
  });
}

type Keyed = { key: string; label: string; population: number | null };

function rowsOf(keys: Keyed[], columns: QuarterColumn[], pick: (f: Figures) => Record<string, Tally>, extra: Keyed) {
  const anyExtra = columns.some((c) => c.figures !== null && pick(c.figures)[extra.key] !== undefined);
  return [...keys, ...(anyExtra ? [extra] : [])].map((k) => ({
    ...k,
    tallies: columns.map((c) => (c.figures === null ? null : (pick(c.figures)[k.key] ?? zero()))),
  }));
}

const zero = (): Tally => ({ sessions: 0, minutes: 0, untimed: 0, cancelled: 0 });

function breakdownsOf(input: ObservatoryInput, columns: QuarterColumn[]): Record<Dimension, BreakdownRow[]> {
  const { taxonomy } = input;
  const none = (label: string): Keyed => ({ key: NONE, label, population: null });
  return {
    communes: rowsOf(
      input.communes.map((c) => ({ key: c.insee, label: c.name, population: c.population })),
      columns,
      (f) => f.communes,
      { key: UNKNOWN_COMMUNE, label: t.unknownCommune, population: null },
    ),
    themes: rowsOf(
      taxonomy.themes.map((t) => ({ key: t.id, label: t.label, population: null })),
      columns,
      (f) => f.themes,
      none(t.withoutTheme),
    ),
    publics: rowsOf(
      taxonomy.publics.map((p) => ({ key: p.id, label: p.label, population: null })),
      columns,
      (f) => f.publics,
      none(t.withoutPublic),
    ),
    axes: rowsOf(
      taxonomy.axes.map((a) => ({ key: String(a.id), label: t.axisLabel(a.id, a.label), population: null })),
      columns,
      (f) => f.axes,
      none(t.withoutAxis),
    ),
  };
}

/** The observatory at the build's `now`: tonight's history is recorded in memory first, as the nightly job would. */
export function buildObservatory(input: ObservatoryInput): Observatory {
  const today = toZonedDate(input.now.getTime());
  const history = recordNight(input.history, {
    occurrences: input.occurrences,
    now: input.now,
    dataFrom: input.dataFrom,
  });
  const columns = columnsOf(input, history, today);
  const feeds = listFeedProblems(input.statuses, input.sources, input.places, input.now).filter(
    (p) => p.kind !== 'rejected',
  );
  return {
    today,
    columns,
    population: input.communes.reduce((sum, c) => sum + c.population, 0),
    breakdowns: breakdownsOf(input, columns),
    trend: history.quarters.map((r) => ({
      quarter: quarterById(r.quarter),
      figures: recordFigures(r),
      coverageFrom: r.coverageFrom,
      closed: r.settledUntil >= quarterById(r.quarter).to,
      gaps: r.gaps,
    })),
    history,
    feeds,
    whiteZones: whiteZones(input.taxonomy.needs, input.communes, input.places, input.occurrences, { now: input.now }),
  };
}
