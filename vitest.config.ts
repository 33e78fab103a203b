import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // At least two test files at a time: Vitest's default (cores − 1) runs one at a time on two
    // cores, and the browser tests mostly wait for Chromium, another process.
    maxWorkers: Math.max(2, availableParallelism() - 1),
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
          // Builds the two test sites once (ingest + astro build + search index), serves them and
          // starts one Chromium, for every test of this project: see tests/support/shared-site.ts.
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
