/** The agenda's upcoming lines for the filter in the browser (`/agenda/lignes/<day>.json`), computed once per build. */
import { toAgendaLinesFiles, toAgendaRecord, type AgendaLinesFile } from '../lib/agenda/index.ts';
import { toZonedDate } from '../lib/time/zoned-time.ts';
import { getBuildContext } from './build-context.ts';

let cached: Promise<AgendaLinesFile[]> | undefined;

/** The files of upcoming lines, in order. */
export function agendaLinesFiles(): Promise<AgendaLinesFile[]> {
  cached ??= getBuildContext().then((build) =>
    toAgendaLinesFiles(
      build.upcoming.map((o) => toAgendaRecord(o, build.agendaLookups)),
      toZonedDate(build.now.getTime()),
    ),
  );
  return cached;
}
