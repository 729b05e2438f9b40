import { defineProject } from 'vitest/config';
import { UNTIL } from './until';

export default defineProject({
  test: {
    name: 'e2e',
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['./global-setup.ts'],
    // Guards against a hang, not clocks on speed: waits inside a test end by their condition or at
    // harness.ts UNTIL (240 s), so a busy machine is slow, never failing.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // One browser and one server at a time on a 2-core machine.
    fileParallelism: false,
    // expect.poll gives up after 1 s by default: a clock, not a condition. Polls wait as long as any
    // other wait on the page (the last CI's failure was a poll; its cause is in decision 021).
    expect: { poll: { timeout: UNTIL } },
  },
});
