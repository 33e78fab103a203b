/**
 * The scale bench's results: medians of each territory's runs, its ratio to bare Astro, and the
 * table printed and quoted in docs/performance.md (Markdown, French number format).
 */
import type { Cost, ScaleMeasure } from './run-scale.ts';

/** Our build's ms per generated file (page or endpoint) within this many times bare Astro's (DESIGN.md). */
export const BUILD_RATIO_TARGET = 1.5;
/** The goal beyond it. */
export const BUILD_RATIO_GOAL = 1.2;

export interface ScaleSummary {
  scale: string;
  label: string;
  sources: number;
  places: number;
  occurrences: number;
  series: number;
  pages: number;
  endpoints: number;
  /** Medians of the runs. */
  ingest: Cost;
  build: Cost;
  index: Cost;
  bare: Cost;
  bareWeighted: Cost;
  /**
   * CPU ms per generated file (HTML page or endpoint: both builds write as many of each), ours
   * (build + index) and bare Astro.
   */
  msPerFile: { ours: number; bare: number; bareWeighted: number };
  /** Ours over bare, CPU ms per generated file. */
  ratio: number;
  /** Ours over the bare site with files as heavy as ours: how much is left once the sheer bytes are paid. */
  ratioWeighted: number;
  weight: ScaleMeasure['weight'];
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const medianCost = (costs: readonly Cost[]): Cost => ({
  wallMs: median(costs.map((c) => c.wallMs)),
  cpuMs: median(costs.map((c) => c.cpuMs)),
  peakBytes: Math.max(0, ...costs.map((c) => c.peakBytes)),
});

export function summarise(measure: ScaleMeasure): ScaleSummary {
  const build = medianCost(measure.runs.build);
  const bare = medianCost(measure.runs.bare);
  const bareWeighted = medianCost(measure.runs.bareWeighted);
  const files = measure.pages + measure.endpoints;
  const msPerFile = { ours: build.cpuMs / files, bare: bare.cpuMs / files, bareWeighted: bareWeighted.cpuMs / files };
  return {
    scale: measure.scale.id,
    label: measure.scale.label,
    sources: measure.sources,
    places: measure.places,
    occurrences: measure.occurrences,
    series: measure.series,
    pages: measure.pages,
    endpoints: measure.endpoints,
    ingest: medianCost(measure.runs.ingest),
    build,
    index: medianCost(measure.runs.index),
    bare,
    bareWeighted,
    msPerFile,
    ratio: msPerFile.ours / msPerFile.bare,
    ratioWeighted: msPerFile.ours / msPerFile.bareWeighted,
    weight: measure.weight,
  };
}

const decimal = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');
const thousands = (n: number) =>
  Math.round(n)
    .toLocaleString('fr-FR')
    .replace(/\u202f|\u00a0/g, ' ');
const seconds = (ms: number) => `${decimal(ms / 1000, ms < 10_000 ? 1 : 0)} s`;
const bytes = (n: number) =>
  n >= 1024 ** 3
    ? `${decimal(n / 1024 ** 3, 1)} Go`
    : n >= 1024 ** 2
      ? `${decimal(n / 1024 ** 2, n >= 10 * 1024 ** 2 ? 0 : 1)} Mo`
      : `${decimal(n / 1024, 1)} ko`;
const cost = (c: Cost) => `${seconds(c.wallMs)} / ${seconds(c.cpuMs)} / ${bytes(c.peakBytes)}`;
const verdict = (ratio: number) => (ratio <= BUILD_RATIO_GOAL ? '✓✓' : ratio <= BUILD_RATIO_TARGET ? '✓' : '✗');

/** The table: one column per territory. */
export function formatScaleTable(summaries: readonly ScaleSummary[]): string {
  const rows: [string, (s: ScaleSummary) => string][] = [
    ['sources / lieux', (s) => `${thousands(s.sources)} / ${thousands(s.places)}`],
    ['occurrences / séries', (s) => `${thousands(s.occurrences)} / ${thousands(s.series)}`],
    ['ingestion : écoulé / CPU / mémoire max', (s) => cost(s.ingest)],
    ['construction (astro build + index) : écoulé / CPU / mémoire max', (s) => cost(s.build)],
    ['dont index de recherche : écoulé / CPU', (s) => `${seconds(s.index.wallMs)} / ${seconds(s.index.cpuMs)}`],
    ['Astro nu : écoulé / CPU / mémoire max', (s) => cost(s.bare)],
    [
      'fichiers générés par Astro : pages HTML + autres (.ics, .json…)',
      (s) => `${thousands(s.pages)} + ${thousands(s.endpoints)}`,
    ],
    [
      'ms CPU par fichier généré : Repères / Astro nu',
      (s) => `${decimal(s.msPerFile.ours, 2)} / ${decimal(s.msPerFile.bare, 2)}`,
    ],
    ['rapport à Astro nu (objectif ≤ 1,5×, visé 1,2×)', (s) => `**${decimal(s.ratio, 2)}×** ${verdict(s.ratio)}`],
    [
      'indication (une mesure) : Astro nu aux pages aussi lourdes (octets, éléments, données) : écoulé / CPU / mémoire max',
      (s) => cost(s.bareWeighted),
    ],
    [
      'indication : rapport à cet Astro nu alourdi',
      (s) =>
        `${decimal(s.ratioWeighted, 2)}× (pages de ${bytes(s.weight.meanPage.bytes)}, ${thousands(s.weight.meanPage.elements)} éléments en moyenne)`,
    ],
    ['`dist/`', (s) => bytes(s.weight.distBytes)],
    [
      'plus gros .ics',
      (s) =>
        s.weight.largestIcs === null ? '—' : `${bytes(s.weight.largestIcs.bytes)} (\`${s.weight.largestIcs.path}\`)`,
    ],
    [
      'plus grosse page : ko gzip, éléments',
      (s) =>
        `${decimal(s.weight.largestPage.htmlBytes / 1024, 1)} ko, ${thousands(s.weight.largestPage.elements)} (\`${s.weight.largestPage.url}\`)`,
    ],
    [
      'page la plus chargée : éléments',
      (s) => `${thousands(s.weight.mostElements.elements)} (\`${s.weight.mostElements.url}\`)`,
    ],
  ];
  const header = `| | ${summaries.map((s) => s.label).join(' | ')} |`;
  const rule = `|---|${summaries.map(() => '---').join('|')}|`;
  return [header, rule, ...rows.map(([label, cell]) => `| ${label} | ${summaries.map(cell).join(' | ')} |`)].join('\n');
}
