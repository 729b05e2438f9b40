/**
 * The API suite with the response cache off (docs/decisions/014: the API answers the same with it
 * on and off; `.ci/run` runs the suite a second time under IPB_RESPONSE_CACHE=off).
 *
 * NOT_UNDER_CACHE_OFF lists the files that second run leaves out, because IPB_RESPONSE_CACHE cannot
 * change anything they do (docs/decisions/020, thirteenth session). The variable is read in one place,
 * buildApp (`responseCacheBytesFromEnv`), and only when the caller passes no `responseCacheBytes`;
 * the cache is consulted only for GET /api/ requests (plugins/http-cache.ts, lib/fast-hits.ts). So a
 * file is left out only if it builds no app of ours, or gives every app it builds its own cache
 * size, or sends the apps that read the variable no GET at all. A file that sends even one GET
 * through an app that reads the variable stays in (backup.test.ts reads /api/health). Paths from
 * apps/api; no imports here, so the config can read it.
 */
export const NOT_UNDER_CACHE_OFF: string[] = [
  // No app of ours: a bare Fastify, pure functions, or numbers of a bench.
  'test/bench-postgres.test.ts',
  'test/bench-ratios.test.ts',
  'test/bounded-series.test.ts',
  'test/brief-targets.test.ts',
  'test/compiled-serializer.test.ts',
  'test/lazy-child-logger.test.ts',
  'test/security-headers.test.ts',
  // Every app built with its own responseCacheBytes: the variable is never read.
  'test/compare-budget.test.ts',
  'test/fast-hits.test.ts',
  'test/response-cache.test.ts',
  // Only writes (login, upload, confirm) and the import CLI: no GET reaches the cache.
  'test/crash.test.ts',
  // About availability, not the cache, and they ran with it on: the cluster's kill-one load run
  // (30 s of reads through HAProxy) and the killed job's instance.
  'test/cluster.test.ts',
  'test/job-lease.test.ts',
];
