import { appendFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runNightly } from './nightly/run-nightly.ts';

const USAGE = `npm run nightly -- [--now ISO] [--content <dossier>] [--out <dossier>] [--summary <fichier>] [--offline]

La tâche de la nuit : lit les flux des partenaires (npm run ingest), construit le site et son index
de recherche, puis écrit et affiche le résumé en Markdown (nouveaux événements, modifiés, annulés,
flux en échec, retenus ou anciens, avec le contact du partenaire ; alertes en tête).
  --now       date de référence ISO 8601 (défaut : maintenant)
  --content   dossier des données (défaut : content)
  --out       dossier du site construit (défaut : REPERES_OUT_DIR ou dist)
  --summary   fichier du résumé (défaut : .nightly/resume.md)
  --offline   sans réseau : les flux distants gardent leurs dernières données
Sortie 0 quand le site est construit (même avec des flux en échec) ; 1 sinon ; 2 : mauvais arguments.`;

/** `npm run nightly`: ingest, build, summary. */
async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        now: { type: 'string' },
        content: { type: 'string', default: 'content' },
        out: { type: 'string', default: process.env['REPERES_OUT_DIR'] ?? 'dist' },
        summary: { type: 'string', default: '.nightly/resume.md' },
        offline: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) {
    console.error(`--now : date ISO 8601 attendue, reçu « ${values.now ?? ''} »`);
    return 2;
  }
  const result = await runNightly({
    contentDir: values.content,
    outDir: values.out,
    summaryFile: values.summary,
    now,
    offline: values.offline,
  });
  console.log(`\n${result.summary}`);
  console.log(`Résumé écrit dans ${values.summary}`);
  const output = process.env['GITHUB_OUTPUT'];
  if (output !== undefined && output !== '') await appendFile(output, `alerts=${result.alerts}\n`);
  return result.built ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(new Error('La tâche de nuit a échoué.', { cause: error }));
    process.exitCode = 1;
  },
);
