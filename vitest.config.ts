import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The unit tests first (Vitest would start with the `site` project): they run while the global
 * set-up builds the two test sites in the background, and the site tests, which wait for them,
 * come after.
 */
class UnitTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isUnit = (file: TestSpecification) => file.project.name === 'unit';
    return [...sorted.filter(isUnit), ...sorted.filter((file) => !isUnit(file))];
  }
}

export default defineConfig({
  test: {
    // At least two test files at a time: Vitest's default (cores − 1) runs one at a time on two
    // cores, while the builds, Chromium and the tests' own child processes are other processes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: UnitTestsFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/lib/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/content/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          // Builds the two test sites once per run (ingest + astro build + search index), serves
          // them and starts one Chromium for every file of this project: tests/support/shared-site.ts.
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
          // Chromium shares two loaded cores with the other test files: a page may take more than
          // the default second to draw its map or its results.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
