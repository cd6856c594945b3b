import { defineConfig } from 'vitest/config';

/** Shared test settings: every package runs `vitest run --config ../../vitest.config.ts`. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
