import { defineProject } from 'vitest/config';
import { HOOK_MS, TEST_MS, WAIT_MS } from '../../scripts/test-budget.js';

export default defineProject({
  test: {
    name: 'ingest',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // No test mocks a module or stubs a global or the environment, and each file's folders and
    // databases are its own, so the files share one module graph per worker instead of loading the
    // extraction pipeline afresh each (docs/decisions/020, thirteenth session).
    isolate: false,
    // Hang guards from the one place they are set (scripts/test-budget.ts, docs/decisions/020): extracting
    // the seeded bulletins takes seconds at load, past Vitest's 5 s default.
    testTimeout: TEST_MS,
    hookTimeout: HOOK_MS,
    expect: { poll: { timeout: WAIT_MS } },
  },
});
