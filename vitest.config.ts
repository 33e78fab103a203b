import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
          // Builds the site once (ingest + astro build + search index) for every test of this project,
          // then the generated territory of scale (b) for the budget test (tests/site/scale-budgets.test.ts).
          globalSetup: ['tests/support/global-setup.ts', 'tests/support/scale-site-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
