import { configDefaults, defineProject } from 'vitest/config';
import { HOOK_MS, TEST_MS, WAIT_MS } from '../../scripts/test-budget.js';
import { NOT_UNDER_CACHE_OFF } from './test/cache-off.js';
import { ALL_FILES, ON_POSTGRES } from './test/on-postgres.js';

/** TEST_ENGINE=postgres runs the files listed in test/on-postgres.ts (ON_POSTGRES=all: every file). */
const onPostgres = process.env.TEST_ENGINE === 'postgres';
/** IPB_RESPONSE_CACHE=off (.ci/run's second run) leaves out the files the variable cannot change (test/cache-off.ts). */
const cacheOff = process.env.IPB_RESPONSE_CACHE === 'off';

export default defineProject({
  test: {
    name: 'api',
    include: onPostgres && process.env.ON_POSTGRES !== 'all' ? ON_POSTGRES : [ALL_FILES],
    exclude: cacheOff ? [...configDefaults.exclude, ...NOT_UNDER_CACHE_OFF] : configDefaults.exclude,
    // One PostgreSQL for the run's PostgreSQL tests (started here, or TEST_DATABASE_URL), as in packages/db.
    globalSetup: ['../../packages/db/test/support/pg-setup.ts', '../../packages/db/test/support/data-template.ts'],
    // Uploads and imports run in a worker thread that starts on first use, and some tests spawn the
    // CLIs: on a busy machine that takes longer than Vitest's 5 s default. Hang guards, not speed bars,
    // from the one place they are set (scripts/test-budget.ts, docs/decisions/020).
    testTimeout: TEST_MS,
    hookTimeout: HOOK_MS,
    expect: { poll: { timeout: WAIT_MS } },
  },
});
