import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'db',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // One PostgreSQL for the run's PostgreSQL tests (started here, or TEST_DATABASE_URL).
    globalSetup: ['test/support/pg-setup.ts'],
    // A hang guard, not a speed check: loading data/ twice (with its digest) takes 5–10 s when the
    // machine is busy, past vitest's 5 s default. Speed is measured by `npm run bench`.
    testTimeout: 60_000,
    // The same guard for hooks: a beforeAll that builds data/ on both engines took over vitest's
    // 10 s default at load 30.
    hookTimeout: 60_000,
  },
});
