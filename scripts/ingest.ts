import { parseArgs } from 'node:util';
import { formatSourceLine, formatSummary } from './ingest/format-progress.ts';
import { RegistryError, runIngest } from './ingest/run-ingest.ts';
import { RunLockedError } from './ingest/run-lock.ts';

const INGEST_USAGE = `Usage : npm run ingest -- [options]

Relit les flux des partenaires (content/sources.yaml) et écrit content/events/<source>.json,
content/status.json et content/cache/ (dernier flux accepté de chaque source distante).

Options :
  --now <ISO 8601>     date de référence de la lecture (par défaut : maintenant)
  --only <id>          ne lire que cette source (les autres gardent leurs fichiers)
  --offline            ne pas utiliser le réseau : les sources distantes gardent leurs données
  --content <dossier>  dossier des données (par défaut : content)
  --wait <secondes>    attendre au plus ce temps qu’une autre ingestion finisse (par défaut : 0)
  --help               afficher cette aide

Sortie 0 : le site peut être construit (même si des flux sont en échec, ils gardent leurs
dernières données) ; 1 : registre illisible ou autre ingestion en cours ; 2 : mauvais arguments.`;

class UsageError extends Error {
  override readonly name = 'UsageError';
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        now: { type: 'string' },
        only: { type: 'string' },
        offline: { type: 'boolean', default: false },
        content: { type: 'string', default: 'content' },
        wait: { type: 'string', default: '0' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (cause) {
    throw new UsageError(`argument non compris : ${(cause as Error).message}`, { cause });
  }
}

/** `npm run ingest -- [--now ISO] [--only <id>] [--offline] [--content <dir>] [--wait s]`: the nightly ingest. */
async function main(): Promise<number> {
  const values = readArgs();
  if (values.help) {
    console.log(INGEST_USAGE);
    return 0;
  }
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now : date ISO 8601 attendue, reçu « ${values.now ?? ''} »`);
  const wait = Number(values.wait);
  if (!Number.isFinite(wait) || wait < 0)
    throw new UsageError(`--wait : nombre de secondes attendu, reçu « ${values.wait} »`);
  const summary = await runIngest({
    contentDir: values.content,
    now,
    only: values.only,
    offline: values.offline,
    lock: {
      waitMs: wait * 1000,
      onWait: (holder) => {
        console.log(`Une autre ingestion est en cours (processus ${holder.pid}) : attente au plus ${wait} s…`);
      },
    },
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
    if (error instanceof UsageError) {
      console.error(`Ingestion impossible : ${error.message}\n\n${INGEST_USAGE}`);
      process.exitCode = 2;
      return;
    }
    const known =
      error instanceof RegistryError ||
      error instanceof RunLockedError ||
      (error instanceof Error && error.name === 'TypeError' && 'code' in error);
    console.error(known ? `Ingestion impossible : ${(error as Error).message}` : error);
    process.exitCode = 1;
  },
);
