/** The families of series (src/lib/agenda/series-families.ts) of this build, computed once. */
import { isUpcoming, seriesFamilies, type SeriesFamily } from '../lib/agenda/index.ts';
import { whenToEpoch } from '../lib/time/zoned-time.ts';
import { getBuildContext, type BuildContext } from './build-context.ts';

function compute(build: BuildContext): Map<string, SeriesFamily> {
  const members = build.series.map((s) => {
    const next = s.occurrences.find((o) => o.status !== 'cancelled' && isUpcoming(o, build.now));
    const described = next ?? s.occurrences[0];
    return {
      seriesId: s.seriesId,
      sourceId: described?.sourceId ?? '',
      title: s.title,
      description: described?.description ?? '',
      next: next === undefined ? null : whenToEpoch(next.start),
    };
  });
  return seriesFamilies(members, [...build.communes.map((c) => c.name), ...build.places.map((p) => p.name)]);
}

let cached: Promise<Map<string, SeriesFamily>> | undefined;

/** `seriesId` → its family, for the series held in several places. */
export function familiesOfSeries(): Promise<Map<string, SeriesFamily>> {
  cached ??= getBuildContext().then(compute);
  return cached;
}
