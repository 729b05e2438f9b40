import { defineProject } from 'vitest/config';
import { HOOK_MS, TEST_MS, WAIT_MS } from '../../scripts/test-budget.js';

export default defineProject({
  test: {
    name: 'db',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // One PostgreSQL for the run's PostgreSQL tests (started here, or TEST_DATABASE_URL).
    globalSetup: ['test/support/pg-setup.ts', 'test/support/data-template.ts'],
    // Hang guards, not speed checks (scripts/test-budget.ts, docs/decisions/020): loading data/ twice (with
    // its digest) takes 5–10 s when the machine is busy, past Vitest's 5 s default, and a beforeAll
    // that builds data/ on both engines took over its 10 s default at load 30. Speed is `npm run bench`'s.
    testTimeout: TEST_MS,
    hookTimeout: HOOK_MS,
    expect: { poll: { timeout: WAIT_MS } },
  },
});
