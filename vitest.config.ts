import { defineConfig } from 'vitest/config';
import projects from './vitest.workspace.ts';

export default defineConfig({
  test: {
    projects,
    // Vitest's default is one worker fewer than the machine has cores: on CI's two cores that is ONE,
    // and every file ran after the one before, while most of them wait on something else — the CLIs,
    // servers and Chromium they start, PostgreSQL, LibreOffice, the import worker. One worker per core
    // keeps both busy (docs/decisions/020, thirteenth session). The browser tests still run one file
    // at a time, after the rest (apps/web/e2e/vitest.config.ts: fileParallelism false).
    maxWorkers: '100%',
  },
});
