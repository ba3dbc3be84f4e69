import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ first: tests of the binaries never run a stale build.
    globalSetup: ['tests/setup/build.ts'],
    // fast-check's seed: fixed unless FC_SEED says otherwise.
    setupFiles: ['tests/setup/fast-check.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
