import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Prints one line for each thing this machine lacks (../shared, pdftotext) and what
          // that skipped.
          globalSetup: ['test/helpers/vitest-global-setup.ts'],
          exclude: ['test/unit/**/*.timing.test.ts'],
        },
      },
      {
        // Tests whose assertion is a latency (another call answers within 100 ms while an
        // import runs): run on their own, one file at a time, after the rest, so what they
        // measure is Dossier and not the other test files sharing the machine's cores.
        extends: true,
        test: {
          name: 'timing',
          include: ['test/unit/**/*.timing.test.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
