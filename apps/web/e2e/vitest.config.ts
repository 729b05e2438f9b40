import { defineProject } from 'vitest/config';
import { BROWSER_TEST_MS, BROWSER_WAIT_MS } from '../../../scripts/test-budget.js';

export default defineProject({
  test: {
    name: 'e2e',
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['./global-setup.ts', '../../../packages/db/test/support/data-template.ts'],
    // Guards against a hang, not clocks on speed (scripts/test-budget.ts, docs/decisions/020): waits inside a
    // test end by their condition or at BROWSER_WAIT_MS (harness.ts UNTIL, Playwright's default in
    // every context, and expect.poll's here — its own default is 1 s, which a busy machine misses),
    // so a busy machine is slow, never failing.
    testTimeout: BROWSER_TEST_MS,
    hookTimeout: BROWSER_TEST_MS,
    expect: { poll: { timeout: BROWSER_WAIT_MS } },
    // One browser and one server at a time on a 2-core machine.
    fileParallelism: false,
  },
});
