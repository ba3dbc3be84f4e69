import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ first: tests of the binaries never run a stale build.
    globalSetup: ['tests/setup/build.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
