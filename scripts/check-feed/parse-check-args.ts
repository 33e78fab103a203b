import { parseArgs } from 'node:util';
import { FEED_FORMATS, type FeedFormat } from '../../src/lib/domain/index.ts';
import { feedWindowAround, feedWindowBetween } from '../../src/lib/ingest/feed-window.ts';
import type { FeedWindow } from '../../src/lib/ingest/types.ts';

export const CHECK_USAGE =
  'Usage : npm run check-feed -- <fichier-ou-url> [--format ics|csv] [--json] [--now ISO] [--from AAAA-MM-JJ] [--to AAAA-MM-JJ]';

/** `--help`: what the checker does, its options and its exit codes. */
export const CHECK_HELP = `${CHECK_USAGE}

Vérifie un flux (fichier .ics ou .csv, ou adresse http(s)) exactement comme la lecture de chaque
nuit : ce qui a été compris et, ligne par ligne, ce qu’il faut corriger.

Options :
  --format ics|csv   forcer le format (sinon : la source du registre, l’extension ou le contenu)
  --json             une seule sortie JSON { "events": [...], "issues": [...] }
  --now <ISO 8601>   date de référence (par défaut : maintenant)
  --from, --to       période lue, AAAA-MM-JJ (par défaut : 30 jours avant, 365 jours après)
  --help             afficher cette aide

Sortie 0 : flux utilisable (même avec des avertissements) ; 1 : inutilisable ; 2 : mauvais arguments.`;

/** The checker's options, once checked. */
export interface CheckArgs {
  target: string;
  format: FeedFormat | undefined;
  json: boolean;
  now: Date;
  window: FeedWindow;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (d: string) =>
  DATE.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

/** Reads the command line; a wrong argument gives a French message (exit code 2). */
export function parseCheckArgs(argv: string[], clock: () => Date): CheckArgs | { error: string } | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        json: { type: 'boolean', default: false },
        now: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (cause) {
    return { error: `Argument non compris : ${(cause as Error).message}` };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1) return { error: 'Indiquez un seul fichier ou une seule adresse à vérifier.' };
  const format = values.format;
  if (format !== undefined && !(FEED_FORMATS as readonly string[]).includes(format)) {
    return { error: `--format : « ics » ou « csv » attendu, reçu « ${format} ».` };
  }
  const now = values.now === undefined ? clock() : new Date(values.now);
  if (Number.isNaN(now.getTime())) return { error: `--now : date ISO 8601 attendue, reçu « ${values.now ?? ''} ».` };
  for (const [name, value] of [
    ['--from', values.from],
    ['--to', values.to],
  ] as const) {
    if (value !== undefined && !validDate(value))
      return { error: `${name} : date AAAA-MM-JJ attendue, reçu « ${value} ».` };
  }
  const around = feedWindowAround(now);
  const window =
    values.from === undefined && values.to === undefined
      ? around
      : {
          from: values.from === undefined ? around.from : feedWindowBetween(values.from, values.from).from,
          to: values.to === undefined ? around.to : feedWindowBetween(values.to, values.to).to,
        };
  if (window.from >= window.to) return { error: '--from doit précéder --to.' };
  return { target: positionals[0] ?? '', format: format as FeedFormat | undefined, json: values.json, now, window };
}
