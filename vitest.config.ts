import { defineConfig } from 'vitest/config';

/** Shared test settings: every package runs `vitest run --config ../../vitest.config.ts`. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Hang guards only, never a speed check (speed lives in `pnpm bench`): the CLI and end-to-end tests spawn processes
    // whose time grows with the machine's load (a `kb new-topic` test took 44 s beside a second test run on 2 cores).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // The JSON report is what `.ci/run` adds up (scripts/summarize-tests.mjs); turbo keeps it with a cached pass.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
