import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCommunes, readTaxonomy } from '../src/loaders/read-content.ts';
import { generateTerritory, SCALES, type Scale } from './calendar-sizes/generate-territory.ts';
import { weigh, weighSubscriptions, type CalendarWeight } from './calendar-sizes/weigh-calendars.ts';

/*
 * `npm run calendar-sizes -- [--dist dist] [--scale b|c] [--now ISO]`: what a subscriber downloads.
 * `--dist`: the calendars of a built site; `--scale`: those of a generated territory of issue 11's
 * scale (b) or (c), a year of data from `--now`, published through the same code as the site.
 */
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1).replace('.', ',')} ko`;

function print(title: string, weights: CalendarWeight[]): void {
  console.log(`\n${title}\n`);
  console.log('| agenda | taille | compressé (gzip) |\n|---|---|---|');
  for (const w of weights) console.log(`| \`${w.name}\` | ${kB(w.bytes)} | ${kB(w.gzipBytes)} |`);
}

async function weighDist(dist: string): Promise<CalendarWeight[]> {
  const read = async (dir: string) =>
    Promise.all(
      (await readdir(path.join(dist, dir)))
        .filter((f) => f.endsWith('.ics'))
        .map(async (f) => {
          const name = `/${path.posix.join(dir, f)}`;
          return weigh(name, await readFile(path.join(dist, dir, f)));
        }),
    );
  const heaviest = (list: CalendarWeight[]) => list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const root = (await read('.')).map((w) => ({ ...w, name: w.name.replace('/./', '/') }));
  return [
    ...root,
    heaviest(await read('agenda')),
    heaviest(await read('agenda/themes')),
    heaviest(await read('evenements')),
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      scale: { type: 'string' },
      now: { type: 'string', default: '2026-12-01T09:00:00+01:00' },
      content: { type: 'string', default: 'content' },
    },
  });
  if (values.dist !== undefined) print(`Site construit (${values.dist})`, await weighDist(values.dist));
  if (values.scale !== undefined) {
    if (!(values.scale in SCALES)) throw new Error(`--scale : b ou c, pas « ${values.scale} »`);
    const scale = values.scale as Scale;
    const now = new Date(values.now);
    const data = { communes: await readCommunes(values.content), taxonomy: await readTaxonomy(values.content) };
    const { occurrences, ctx } = generateTerritory(scale, values.now.slice(0, 10), data);
    const series = new Set(occurrences.map((o) => o.seriesId)).size;
    const title = `Territoire généré, échelle (${scale}) : ${String(occurrences.length)} occurrences, ${String(series)} séries en un an`;
    print(title, weighSubscriptions(occurrences, data, now, ctx));
  }
  if (values.dist === undefined && values.scale === undefined)
    throw new Error('indiquer --dist <dossier> ou --scale b|c');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
