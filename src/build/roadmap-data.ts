/**
 * The roadmap pages, prepared once per build: for each action, what the roadmap plans, the places
 * and coming sessions that carry it out (through taxonomy.yaml's `carriedBy` and the places'
 * `actions`), and what the data says is being done.
 */
import { extent } from 'd3-array';
import { upcomingOccurrences } from '../lib/agenda/index.ts';
import type { Action, Occurrence } from '../lib/domain/index.ts';
import { formatDayLabel } from '../lib/format/format-date.ts';
import { formatCount, formatHours } from '../lib/indicators/format-figures.ts';
import { quartersAround } from '../lib/indicators/quarters.ts';
import {
  checkWeeklyTargets,
  occurrencesForAction,
  placesForAction,
  type WeeklyTargetCheck,
} from '../lib/indicators/roadmap-actions.ts';
import { startingBetween, tallyOccurrences } from '../lib/indicators/tally.ts';
import { toSession, type Session } from '../lib/places/next-sessions.ts';
import type { PlaceSummary } from '../lib/places/place-summary.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { getBuildContext, type BuildContext } from './build-context.ts';
import { quarterName } from './observatory-data.ts';

/** How many coming series an action page lists. */
export const SERIES_SHOWN = 8;

/** A coming series carrying an action out: its next session and how many dates are announced. */
export interface ActionSeries {
  next: Session;
  dates: number;
}

/** What the data says is being done for one action. */
export interface ActionDone {
  /** `null` when the data cannot say (no `carriedBy`). */
  quarter: { name: string; sessions: string; hours: string; communes: number; count: number; minutes: number } | null;
  /** Sessions this quarter per commune (communes with at least one), most first. */
  byCommune: { name: string; sessions: string; hours: string; count: number; minutes: number; south: boolean }[];
  /** Weekly targets beside the feeds (action 9). */
  weekly: (WeeklyTargetCheck & { placeName: string })[];
}

export interface ActionView {
  action: Action;
  places: PlaceSummary[];
  series: ActionSeries[];
  /** Series announced beyond those listed. */
  moreSeries: number;
  done: ActionDone;
}

export interface AxisView {
  id: number;
  label: string;
  actions: ActionView[];
}

function seriesOf(build: BuildContext, upcoming: readonly Occurrence[]): ActionSeries[] {
  const bySeries = new Map<string, { first: Occurrence; dates: number }>();
  for (const o of upcoming) {
    const entry = bySeries.get(o.seriesId);
    if (entry === undefined) bySeries.set(o.seriesId, { first: o, dates: 1 });
    else entry.dates += 1;
  }
  return [...bySeries.values()].map((s) => ({ next: toSession(s.first, build.sessionContext), dates: s.dates }));
}

/**
 * What the data says is done: `all` the occurrences carrying the action out, `upcoming` those of them
 * not yet ended, sorted by start.
 */
function doneOf(build: BuildContext, action: Action, all: readonly Occurrence[], upcoming: readonly Occurrence[]) {
  if (action.carriedBy === undefined) return { quarter: null, byCommune: [], weekly: [] };
  const { current } = quartersAround(toZonedDate(build.now.getTime()));
  const figures = tallyOccurrences(startingBetween(all, current.from, current.to));
  // « Au sud »: the commune's centre lies south of the middle of the territory (north–south).
  const [south = 0, north = 0] = extent(build.communes, (c) => c.centroid.lat);
  const southOf = (south + north) / 2;
  const names = new Map(build.communes.map((c) => [c.insee, c]));
  const byCommune = Object.entries(figures.communes)
    .filter(([, tally]) => tally.sessions > 0)
    .sort(([, a], [, b]) => b.sessions - a.sessions)
    .map(([insee, tally]) => {
      const commune = names.get(insee);
      return {
        name: commune?.name ?? insee,
        sessions: formatCount(tally.sessions),
        hours: formatHours(tally.minutes),
        count: tally.sessions,
        minutes: tally.minutes,
        south: commune !== undefined && commune.centroid.lat < southOf,
      };
    });
  const places = new Map(build.places.map((p) => [p.id, p.name]));
  const weekly = checkWeeklyTargets(action.weeklyTargets, upcoming, build.now).map((w) => ({
    ...w,
    placeName: places.get(w.target.place) ?? w.target.place,
  }));
  return {
    quarter: {
      name: quarterName(current),
      sessions: formatCount(figures.total.sessions),
      hours: formatHours(figures.total.minutes),
      communes: byCommune.length,
      count: figures.total.sessions,
      minutes: figures.total.minutes,
    },
    byCommune,
    weekly,
  };
}

function actionView(build: BuildContext, action: Action, kinds: Map<string, string>): ActionView {
  // Every occurrence is matched once; the upcoming ones are picked from those, as the build picks its own.
  const carrying = occurrencesForAction(action, build.occurrences, kinds);
  const upcoming = upcomingOccurrences(carrying, build.now);
  const coming = upcoming.filter((o) => o.status !== 'cancelled');
  const series = seriesOf(build, coming);
  return {
    action,
    places: placesForAction(action, build.places).flatMap((p) => build.summaries.get(p.id) ?? []),
    series: series.slice(0, SERIES_SHOWN),
    moreSeries: Math.max(0, series.length - SERIES_SHOWN),
    done: doneOf(build, action, carrying, upcoming),
  };
}

async function prepare(): Promise<AxisView[]> {
  const build = await getBuildContext();
  const kinds = new Map(build.places.map((p) => [p.id, p.kind]));
  const views = build.taxonomy.actions.map((a) => actionView(build, a, kinds));
  return build.taxonomy.axes.map((axis) => ({
    id: axis.id,
    label: axis.label,
    actions: views.filter((v) => v.action.axis === axis.id),
  }));
}

let cached: Promise<AxisView[]> | undefined;

/** The roadmap, axis by axis, each action with its places, sessions and figures; computed once per build. */
export function getRoadmapView(): Promise<AxisView[]> {
  cached ??= prepare();
  return cached;
}

/** `lundi 7 décembre`: the Monday of a week, for the weekly table. */
export const mondayLabel = (monday: string) => formatDayLabel(monday);
