import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // Prints one line for each thing this machine lacks (../shared, pdftotext) and what skipped.
    globalSetup: ['test/helpers/vitest-global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
