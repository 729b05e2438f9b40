import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineProject } from 'vitest/config';

export default defineProject({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    name: 'web',
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    // Guards against a hang, not clocks on speed (CI shares two cores with a browser and a server):
    // waits end on their condition; setup.ts gives Testing Library's waits the same kind of budget.
    testTimeout: 60_000,
  },
});
