import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collapseSeries, upcomingOccurrences } from '../../src/lib/agenda/index.ts';
import type { Issue, Occurrence } from '../../src/lib/domain/index.ts';
import { MAX_REPORT_LINES } from '../../src/lib/partners/check-report.ts';
import { openContext } from '../support/browser.ts';
import { root, TEST_NOW } from '../support/paths.ts';
import { territorySite } from '../support/shared-site.ts';
import { useServedSite } from '../support/use-served-site.ts';

/*
 * `npm run check-feed` and the browser checker give the same verdict on the same file: for every
 * feed fixture, the command line's JSON (`--json --now`) against what the page shows at the same
 * now — usable or not, the same problems with the same lines, the same agenda lines. On the territory
 * site: its places are content/'s as shipped, those the command line reads.
 */
const run = promisify(execFile);
const site = useServedSite(territorySite);
const DIRS = [
  'tests/fixtures/ics',
  'tests/fixtures/csv',
  'tests/fixtures/csv-exports',
  'tests/fixtures/feeds',
  'tests/fixtures/checker',
];
const files = DIRS.flatMap((dir) =>
  readdirSync(path.join(root, dir))
    .filter((name) => !/\.(?:json|md)$/.test(name))
    .map((name) => `${dir}/${name}`),
);

interface CliVerdict {
  usable: boolean;
  events: Occurrence[];
  issues: Issue[];
}

async function cli(file: string): Promise<CliVerdict> {
  const args = ['scripts/check-feed.ts', file, '--json', '--now', TEST_NOW];
  try {
    const { stdout } = await run(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return { usable: true, ...(JSON.parse(stdout) as Omit<CliVerdict, 'usable'>) };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    if (code !== 1) throw error;
    return { usable: false, ...(JSON.parse(stdout) as Omit<CliVerdict, 'usable'>) };
  }
}

/** The problems as the page words them, in its order (whole file first, then by line). */
function expectedIssues(issues: readonly Issue[]): string[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.line ?? 0) - (b.issue.line ?? 0) || a.index - b.index)
    .map(({ issue }) => {
      const where = issue.line === undefined ? 'Tout le fichier' : `Ligne ${issue.line.toLocaleString('fr-FR')}`;
      return `${where} – ${issue.severity === 'error' ? 'Erreur' : 'Remarque'} : ${issue.message}`;
    });
}

/** The agenda lines the site would show: upcoming at now, series collapsed to their next date. */
function expectedLines(events: readonly Occurrence[]): string[] {
  const upcoming = upcomingOccurrences(events, new Date(TEST_NOW));
  return collapseSeries(upcoming)
    .slice(0, MAX_REPORT_LINES)
    .map((entry) => entry.occurrence.id);
}

const verdicts = new Map<string, CliVerdict>();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // Two command lines at a time: the machine running the tests may be loaded.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) verdicts.set(file, await cli(file));
  };
  await Promise.all([worker(), worker()]);
  ({ context } = await openContext(site.browser, site.url));
  page = await context.newPage();
  await page.clock.setFixedTime(new Date(TEST_NOW));
  await page.goto(`${site.url}/partenaires/verifier/`, { waitUntil: 'networkidle' });
});
afterAll(() => context.close());

describe('npm run check-feed and the browser checker', () => {
  it('have fixtures of both formats to compare', () => {
    expect(files.filter((f) => f.endsWith('.ics')).length).toBeGreaterThan(10);
    expect(files.filter((f) => f.endsWith('.csv')).length).toBeGreaterThan(10);
  });

  it.each(files)('give the same verdict on %s', async (file) => {
    const expected = verdicts.get(file);
    if (expected === undefined) throw new Error(`pas de verdict de la ligne de commande pour ${file}`);
    const result = page.locator('[data-checker-result]');
    await result.evaluate((node) => {
      (node as HTMLElement).hidden = true;
    });
    await page.setInputFiles('#verifier-fichier', path.join(root, file));
    await page.locator('[data-checker-result]:not([hidden])').waitFor();
    expect(await result.getAttribute('data-verdict')).toBe(expected.usable ? 'usable' : 'unusable');
    expect(await result.locator('.checker-issue').allTextContents()).toEqual(expectedIssues(expected.issues));
    expect(
      await result
        .locator('.agenda-line')
        .evaluateAll((lines) => lines.map((l) => (l as HTMLElement).dataset['occurrence'])),
    ).toEqual(expectedLines(expected.events));
    if (expected.usable) {
      const count = expected.events.length.toLocaleString('fr-FR');
      expect(await result.textContent()).toContain(expected.events.length === 0 ? 'Aucune date' : `${count} date`);
    }
  });
});
