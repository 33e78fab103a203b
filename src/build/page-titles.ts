/** The `<title>` of every event page, unique across the site (src/lib/site/page-title.ts), computed once per build. */
import { isUpcoming, type Series } from '../lib/agenda/index.ts';
import { dayOf, formatDayLabel } from '../lib/format/format-date.ts';
import { distinctTitles, type TitleCandidate } from '../lib/site/page-title.ts';
import { getBuildContext, type BuildContext } from './build-context.ts';

/** What tells two series of the same title apart, most telling first: commune, place, first date, id. */
function qualifiersOf(series: Series, build: BuildContext): string[] {
  const first = series.occurrences.find((o) => isUpcoming(o, build.now)) ?? series.occurrences[0];
  if (first === undefined) return [series.slug];
  const { communeNames, placeNames } = build.agendaLookups;
  const commune = first.commune === null ? '' : (communeNames.get(first.commune) ?? '');
  const place = (first.placeId === null ? undefined : placeNames.get(first.placeId)) ?? first.location ?? '';
  const day = formatDayLabel(dayOf(first.start), { withYear: true });
  return [commune, place, day, series.seriesId.slice(2, 8)];
}

function computeEventTitles(build: BuildContext): Map<string, string> {
  const items: TitleCandidate<string>[] = build.series.map((s) => ({
    key: s.seriesId,
    title: s.title,
    qualifiers: qualifiersOf(s, build),
  }));
  const reserved = [...build.places.map((p) => p.name), ...build.communes.map((c) => c.name)];
  return distinctTitles(items, reserved);
}

let cached: Promise<Map<string, string>> | undefined;

/** `seriesId` → the `<title>` of its page: its title, with its commune (or place, date) when another page has the same. */
export function eventTitles(): Promise<Map<string, string>> {
  cached ??= getBuildContext().then(computeEventTitles);
  return cached;
}
