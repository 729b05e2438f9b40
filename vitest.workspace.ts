/**
 * The one list of test projects. Vitest 4 no longer reads this file by itself: vitest.config.ts
 * imports it, so `npm test` (vitest run) and the IDE see the same projects.
 */
export default ['packages/domain', 'packages/db', 'packages/ingest', 'apps/api', 'apps/web', 'apps/web/e2e'];
