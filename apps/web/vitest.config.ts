import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';
import { HOOK_MS, TEST_MS, WAIT_MS } from '../../scripts/test-budget.js';

export default defineProject({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    name: 'web',
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    // Hang guards from the one place they are set (scripts/test-budget.ts, docs/decisions/020): a page that
    // draws a chart in happy-dom took 5.7 s at load 10, past Vitest's 5 s default, and failed.
    // Testing Library's waits take WAIT_MS too (src/test/setup.ts).
    testTimeout: TEST_MS,
    hookTimeout: HOOK_MS,
    expect: { poll: { timeout: WAIT_MS } },
  },
});
