import { defineProject } from 'vitest/config';
import { HOOK_MS, TEST_MS, WAIT_MS } from '../../scripts/test-budget.js';

export default defineProject({
  test: {
    name: 'domain',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Pure functions over data/ and strings: no test mocks a module or stubs a global or the environment
    // (a spy is restored in its own test), so the files share one module graph per worker instead of
    // loading it afresh each (docs/decisions/020, thirteenth session).
    isolate: false,
    // Hang guards from the one place they are set (scripts/test-budget.ts, docs/decisions/020).
    testTimeout: TEST_MS,
    hookTimeout: HOOK_MS,
    expect: { poll: { timeout: WAIT_MS } },
  },
});
