import { defineConfig } from 'vitest/config';

/** Shared test settings: every package runs `vitest run --config ../../vitest.config.ts`. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // The JSON report is what `.ci/run` adds up (scripts/summarize-tests.mjs); turbo keeps it with a cached pass.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
