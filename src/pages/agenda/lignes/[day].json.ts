import type { APIContext, GetStaticPaths } from 'astro';
import { agendaLinesFiles } from '../../../build/agenda-data.ts';
import type { AgendaLinesFile } from '../../../lib/agenda/index.ts';
import { jsonResponse } from '../../../build/responses.ts';

/** Upcoming lines from one day on, for the agenda's filter in the browser: `/agenda/lignes/2026-12-01.json`. */
export const getStaticPaths = (async () =>
  (await agendaLinesFiles()).map((file) => ({ params: { day: file.from }, props: { file } }))) satisfies GetStaticPaths;

export function GET(context: APIContext<{ file: AgendaLinesFile }>) {
  return jsonResponse(JSON.stringify(context.props.file));
}
