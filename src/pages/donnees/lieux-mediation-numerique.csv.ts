import { getBuildContext } from '../../build/build-context.ts';
import { toMednumCsv } from '../../lib/export/to-open-data.ts';

/** The directory in the national schema of digital-mediation places (LaMednum v1.0), CSV. */
export async function GET() {
  const { mednum } = await getBuildContext();
  return new Response(toMednumCsv(mednum.rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
