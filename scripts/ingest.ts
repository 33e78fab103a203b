import { parseArgs } from 'node:util';
import { formatSourceLine, formatSummary } from './ingest/format-progress.ts';
import { RegistryError, runIngest } from './ingest/run-ingest.ts';

/** `npm run ingest -- [--now ISO] [--only <id>] [--offline] [--content <dir>]`: the nightly ingest. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      now: { type: 'string' },
      only: { type: 'string' },
      offline: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
    },
  });
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime()))
    throw new RegistryError(`--now : date ISO 8601 attendue, reçu « ${values.now ?? ''} »`);
  const summary = await runIngest({
    contentDir: values.content,
    now,
    only: values.only,
    offline: values.offline,
    onSource: (report) => {
      console.log(formatSourceLine(report));
    },
  });
  console.log(formatSummary(summary));
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const known =
      error instanceof RegistryError || (error instanceof Error && error.name === 'TypeError' && 'code' in error);
    console.error(known ? `Ingestion impossible : ${(error as Error).message}` : error);
    process.exitCode = 1;
  },
);
