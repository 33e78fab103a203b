/** The CSV files of `/donnees/indicateurs/`, from the observatory and the roadmap prepared for the pages. */
import { hoursOf } from '../lib/indicators/format-figures.ts';
import { breakdownCsv, feedsCsv, historyCsv, whiteZonesCsv } from '../lib/indicators/indicator-csv.ts';
import { toCsv } from '../lib/indicators/to-csv.ts';
import type { IndicatorCsvFile } from '../lib/site/routes.ts';
import { getObservatoryView } from './observatory-data.ts';
import { getRoadmapView, type AxisView } from './roadmap-data.ts';

/** What the data says of each action, one measure a row. */
function roadmapCsv(axes: readonly AxisView[]): string {
  const header = ['action', 'axe', 'libelle', 'mesure', 'lieu_ou_commune', 'valeur'];
  const rows = axes.flatMap((axis) =>
    axis.actions.flatMap(({ action, done }) => {
      const head = [action.id, axis.id, action.label];
      if (done.quarter === null) return [[...head, 'non mesurable avec les données du site', null, null]];
      return [
        [...head, `séances (${done.quarter.name})`, null, done.quarter.count],
        [...head, `heures (${done.quarter.name})`, null, hoursOf(done.quarter.minutes)],
        ...done.weekly.flatMap((w) => [
          [...head, 'objectif, heures par semaine', w.placeName, w.target.hours],
          [
            ...head,
            `heures par semaine (moyenne des ${String(w.weeks.length)} prochaines semaines)`,
            w.placeName,
            hoursOf(w.averageMinutes),
          ],
        ]),
      ];
    }),
  );
  return toCsv(header, rows);
}

/** The text of one indicator file. */
export async function indicatorCsv(file: IndicatorCsvFile): Promise<string> {
  if (file === 'feuille-de-route') return roadmapCsv(await getRoadmapView());
  const { observatory } = await getObservatoryView();
  switch (file) {
    case 'historique':
      return historyCsv(observatory);
    case 'zones-blanches':
      return whiteZonesCsv(observatory);
    case 'flux':
      return feedsCsv(observatory);
    default:
      return breakdownCsv(observatory, file);
  }
}
