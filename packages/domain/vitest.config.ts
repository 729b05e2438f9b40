import { defineProject } from 'vitest/config';
import { HOOK_MS, TEST_MS, WAIT_MS } from '../../scripts/test-budget.js';

export default defineProject({
  test: {
    name: 'domain',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Hang guards from the one place they are set (scripts/test-budget.ts, docs/decisions/020).
    testTimeout: TEST_MS,
    hookTimeout: HOOK_MS,
    expect: { poll: { timeout: WAIT_MS } },
  },
});
