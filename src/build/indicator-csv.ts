/** The CSV files of `/donnees/indicateurs/`, from the observatory and the roadmap prepared for the pages. */
import { hoursOf } from '../lib/indicators/format-figures.ts';
import { breakdownCsv, feedsCsv, historyCsv, whiteZonesCsv } from '../lib/indicators/indicator-csv.ts';
import type { Observatory } from '../lib/indicators/observatory.ts';
import { toCsv } from '../lib/indicators/to-csv.ts';
import type { IndicatorCsvFile } from '../lib/site/routes.ts';
import { csvText } from '../lib/site/strings/observatory.ts';
import { getObservatoryView } from './observatory-data.ts';
import { getRoadmapView, type AxisView } from './roadmap-data.ts';

/** What the data says of each action, one measure a row. */
function roadmapCsv(axes: readonly AxisView[]): string {
  const header = ['action', 'axe', 'libelle', 'mesure', 'lieu_ou_commune', 'valeur'];
  const rows = axes.flatMap((axis) =>
    axis.actions.flatMap(({ action, done }) => {
      const head = [action.id, axis.id, action.label];
      if (done.quarter === null) return [[...head, csvText.notMeasured, null, null]];
      return [
        [...head, csvText.sessions(done.quarter.name), null, done.quarter.count],
        [...head, csvText.hours(done.quarter.name), null, hoursOf(done.quarter.minutes)],
        ...done.weekly.flatMap((w) => [
          [...head, csvText.weeklyTarget, w.placeName, w.target.hours],
          [...head, csvText.weeklyAverage(w.weeks.length), w.placeName, hoursOf(w.averageMinutes)],
        ]),
      ];
    }),
  );
  return toCsv(header, rows);
}

/** The writer of each file drawn from the observatory alone. */
const observatoryFiles = {
  communes: (o) => breakdownCsv(o, 'communes'),
  themes: (o) => breakdownCsv(o, 'themes'),
  publics: (o) => breakdownCsv(o, 'publics'),
  axes: (o) => breakdownCsv(o, 'axes'),
  historique: historyCsv,
  'zones-blanches': whiteZonesCsv,
  flux: feedsCsv,
} satisfies Record<Exclude<IndicatorCsvFile, 'feuille-de-route'>, (o: Observatory) => string>;

/** The text of one indicator file. */
export async function indicatorCsv(file: IndicatorCsvFile): Promise<string> {
  if (file === 'feuille-de-route') return roadmapCsv(await getRoadmapView());
  return observatoryFiles[file]((await getObservatoryView()).observatory);
}
