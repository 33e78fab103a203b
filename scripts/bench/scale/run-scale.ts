/**
 * One territory of the scale bench: generated once, then `runs` rounds of ingest (feeds over
 * HTTP), our build (astro build + search index) and the bare Astro site writing as many pages and
 * data files, each build first in turn, so a busy moment of the machine weighs on both; in the
 * first round only, the same bare site with files as heavy as ours (an indication, not the target:
 * measured once, it keeps the whole bench within its 15 minutes).
 */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { readAllEvents, readPlaces, readSources } from '../../../src/loaders/read-content.ts';
import { repositoryRoot } from '../../lib/run-node.ts';
import { writeBareSite } from './bare-site.ts';
import { generateTerritory, type Scale } from './generate-territory.ts';
import { measureProcess, type ProcessCost } from './measure-process.ts';
import { profileArgs, spentIn, type BuildProfile } from './profile-build.ts';
import { serveFeeds } from './serve-feeds.ts';
import { weighSite, type SiteWeight } from './weigh-site.ts';

/** A cost without the output. */
export type Cost = Omit<ProcessCost, 'output'>;

export interface ScaleRuns {
  ingest: Cost[];
  /** astro build, then the Pagefind index: each run's sum. */
  build: Cost[];
  astro: Cost[];
  index: Cost[];
  bare: Cost[];
  /** The bare site with pages and data files as heavy as ours (bare-site.ts): an indication, not the target, measured in the first round only. */
  bareWeighted: Cost[];
}

export interface ScaleMeasure {
  scale: Scale;
  sources: number;
  places: number;
  occurrences: number;
  series: number;
  /** HTML pages, as Astro counts them (« N page(s) built »). */
  pages: number;
  /** Endpoints Astro rendered and wrote besides (`.ics`, `.json`, `rss.xml`…), which it does not count as pages. */
  endpoints: number;
  runs: ScaleRuns;
  weight: SiteWeight;
  /** With `--profile`: where the main thread's CPU went in one more build of ours and of the bare site. */
  profile?: BuildProfile;
}

const astroBin = path.join(repositoryRoot, 'node_modules/astro/bin/astro.mjs');

const strip = ({ wallMs, cpuMs, peakBytes }: ProcessCost): Cost => ({ wallMs, cpuMs, peakBytes });

/** The sum of costs run one after the other (peak: the largest). */
const sequence = (a: Cost, b: Cost): Cost => ({
  wallMs: a.wallMs + b.wallMs,
  cpuMs: a.cpuMs + b.cpuMs,
  peakBytes: Math.max(a.peakBytes, b.peakBytes),
});

/** The files a build generated: its HTML pages (as it counts them) and its endpoints (every other file it logged). */
function filesBuilt(output: string): { pages: number; endpoints: number } {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const count = /(\d+) page\(s\) built/.exec(plain)?.[1];
  if (count === undefined)
    throw new Error(`astro build n’a pas dit combien de pages il a construites :\n${output.slice(-2000)}`);
  const pages = Number(count);
  const logged = plain.match(/[├└]─ \/\S*/g)?.length ?? 0;
  if (logged < pages) throw new Error(`astro build a nommé ${String(logged)} fichiers pour ${String(pages)} pages`);
  return { pages, endpoints: logged - pages };
}

/** What the territory holds once ingested: sources, places, occurrences and series. */
async function countContent(contentDir: string) {
  const files = await readAllEvents(contentDir);
  const occurrences = files.flatMap((f) => f.events.occurrences);
  return {
    sources: (await readSources(contentDir)).length,
    places: (await readPlaces(contentDir)).length,
    occurrences: occurrences.length,
    series: new Set(occurrences.map((o) => o.seriesId)).size,
  };
}

/** Measures `scale` in `workDir` (emptied first) at the build's `now`. */
export async function runScale(
  scale: Scale,
  options: { workDir: string; now: string; runs: number; profile?: boolean },
): Promise<ScaleMeasure> {
  const { workDir, now } = options;
  const dirs = {
    template: path.join(workDir, 'template'),
    feeds: path.join(workDir, 'feeds'),
    content: path.join(workDir, 'content'),
    dist: path.join(workDir, 'dist'),
    bare: path.join(repositoryRoot, '.bench/bare'),
    bareDist: path.join(workDir, 'bare-dist'),
    bareWeighted: path.join(repositoryRoot, '.bench/bare-weighted'),
    bareWeightedDist: path.join(workDir, 'bare-weighted-dist'),
  };
  await rm(workDir, { recursive: true, force: true });
  const server = await serveFeeds(dirs.feeds);
  try {
    await generateTerritory(scale, {
      from: path.join(repositoryRoot, 'content'),
      contentDir: dirs.template,
      feedsDir: dirs.feeds,
      feedUrl: server.urlOf,
      now: new Date(now),
    });
    const env = {
      ...process.env,
      REPERES_CONTENT_DIR: dirs.content,
      REPERES_OUT_DIR: dirs.dist,
      REPERES_NOW: now,
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const inRepo = { cwd: repositoryRoot, env };
    const runs: ScaleRuns = { ingest: [], build: [], astro: [], index: [], bare: [], bareWeighted: [] };
    let files = { pages: 0, endpoints: 0 };
    /** Weighed after the first build: every build of the same content writes the same site. */
    let weight: SiteWeight | undefined;
    const ours = async () => {
      await rm(dirs.dist, { recursive: true, force: true });
      const astro = await measureProcess(process.execPath, [astroBin, 'build', '--force'], inRepo);
      const index = await measureProcess(process.execPath, ['scripts/index-search.ts', dirs.dist], inRepo);
      if (weight === undefined) {
        files = filesBuilt(astro.output);
        weight = await weighSite(dirs.dist);
        await writeBareSite(dirs.bare, files);
        await writeBareSite(dirs.bareWeighted, files, {
          pageBytes: weight.meanPage.bytes,
          elements: weight.meanPage.elements,
          dataBytes: weight.meanDataBytes,
        });
      }
      runs.astro.push(strip(astro));
      runs.index.push(strip(index));
      runs.build.push(sequence(strip(astro), strip(index)));
    };
    const bareEnv = (out: string) => ({ ...process.env, BARE_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' });
    const bareOf = (dir: string, out: string, costs: Cost[]) => async () => {
      await rm(out, { recursive: true, force: true });
      const env = bareEnv(out);
      const cost = await measureProcess(process.execPath, [astroBin, 'build', '--force'], { cwd: dir, env });
      const built = filesBuilt(cost.output);
      if (built.pages !== files.pages || built.endpoints !== files.endpoints)
        throw new Error(
          `le site témoin a ${String(built.pages)} pages et ${String(built.endpoints)} autres fichiers, ` +
            `au lieu de ${String(files.pages)} et ${String(files.endpoints)}`,
        );
      costs.push(strip(cost));
    };
    const bare = bareOf(dirs.bare, dirs.bareDist, runs.bare);
    const bareWeighted = bareOf(dirs.bareWeighted, dirs.bareWeightedDist, runs.bareWeighted);
    for (let run = 0; run < options.runs; run++) {
      await rm(dirs.content, { recursive: true, force: true });
      await cp(dirs.template, dirs.content, { recursive: true });
      runs.ingest.push(
        strip(
          await measureProcess(
            process.execPath,
            ['scripts/ingest.ts', '--now', now, '--content', dirs.content],
            inRepo,
          ),
        ),
      );
      // Ours first, then each build first in turn, so a busy moment of the machine weighs on all;
      // the indication once (at (c) each of its builds costs half a minute).
      const steps = run === 0 ? [ours, bare, bareWeighted] : [ours, bare];
      const first = run % steps.length;
      for (const step of [...steps.slice(first), ...steps.slice(0, first)]) await step();
    }
    let profile: BuildProfile | undefined;
    if (options.profile === true) {
      // Once more each, under the profiler (which slows them): not among the measures above.
      const profiles = { ours: path.join(workDir, 'profile/ours'), bare: path.join(workDir, 'profile/bare') };
      await rm(dirs.dist, { recursive: true, force: true });
      await measureProcess(process.execPath, [...profileArgs(profiles.ours), astroBin, 'build', '--force'], inRepo);
      await rm(dirs.bareDist, { recursive: true, force: true });
      await measureProcess(process.execPath, [...profileArgs(profiles.bare), astroBin, 'build', '--force'], {
        cwd: dirs.bare,
        env: bareEnv(dirs.bareDist),
      });
      profile = { scale: scale.id, ours: await spentIn(profiles.ours), bare: await spentIn(profiles.bare) };
    }
    return {
      scale,
      ...(await countContent(dirs.content)),
      ...files,
      runs,
      weight: weight ?? (await weighSite(dirs.dist)),
      ...(profile === undefined ? {} : { profile }),
    };
  } finally {
    await server.close();
  }
}
