import type { APIContext } from 'astro';
import { indicatorCsv } from '../../../build/indicator-csv.ts';
import { INDICATOR_CSV_FILES, type IndicatorCsvFile } from '../../../lib/site/routes.ts';

export function getStaticPaths() {
  return INDICATOR_CSV_FILES.map((file) => ({ params: { file } }));
}

/** One CSV file of the observatory's indicators (`/donnees/indicateurs/<file>.csv`). */
export async function GET({ params }: APIContext) {
  const text = await indicatorCsv(params['file'] as IndicatorCsvFile);
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
