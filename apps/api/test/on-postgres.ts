/**
 * The API suite on PostgreSQL (issue 13: the same tests on both engines; docs/decisions/016).
 * Under TEST_ENGINE=postgres each test file's app (useTestApp) runs on a PostgreSQL database of its
 * own, holding the rows of the file's SQLite database (built from data/ and copied row for row).
 *
 * ON_POSTGRES is the one list of API test files that run on PostgreSQL in CI (`.ci/run`, through
 * vitest.config.ts; paths from apps/api; no imports here, so the config can read it). The goal is
 * "all": every route is on the two-engine Db. Files that build their own app on a SQLite file
 * (contract, fuzz, backup, crash), test what only a SQLite file has (response-cache and
 * large-imports count its statements) or start PostgreSQL themselves (postgres, postgres-accounts,
 * job-lease, cluster) are not for this list.
 */
export const ON_POSTGRES: string[] = [
  'test/accounts.test.ts',
  'test/auth.test.ts',
  'test/beyond-views.test.ts',
  'test/bounded.test.ts',
  'test/brief.test.ts',
  'test/catalogue.test.ts',
  'test/compiled-serializer.test.ts',
  'test/csv-figures.test.ts',
  'test/csv-import.test.ts',
  'test/digest.test.ts',
  'test/figure-axes.test.ts',
  'test/instruments-kept.test.ts',
  'test/http-hardening.test.ts',
  'test/jobs.test.ts',
  'test/measures.test.ts',
  'test/read.test.ts',
  'test/require-login.test.ts',
  'test/review.test.ts',
  'test/review-flow.test.ts',
  'test/security-headers.test.ts',
  'test/series.test.ts',
  'test/trust.test.ts',
  'test/upload-review.test.ts',
  'test/uploads.test.ts',
];

/** Every API test file, under TEST_ENGINE=postgres ON_POSTGRES=all: to see which pass there. */
export const ALL_FILES = 'test/**/*.test.ts';

export const TEST_ENGINE: 'sqlite' | 'postgres' = process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
