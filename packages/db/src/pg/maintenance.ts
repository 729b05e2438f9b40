/**
 * After a bulk import on PostgreSQL, VACUUM (ANALYZE) once (docs/decisions/016, eleventh session).
 * The planner's statistics and the visibility map otherwise trail the data until autovacuum comes
 * round: a database just built has no statistics at all (at 1× its small tables stay below
 * autovacuum's thresholds, and the planner's default guesses sent compare's place counts into
 * seconds of JIT compilation), and up to a fifth of a large table is not yet all-visible, so index-only
 * scans (observations' counts) still visit the heap. A whole-database VACUUM takes no lock that
 * blocks reading or writing. It waits for a table another VACUUM or ANALYZE holds: most often
 * autovacuum, which the import's own inserts set going, and which gives way to a waiting VACUUM
 * (after deadlock_timeout). SKIP_LOCKED, used before, passed such a table over and left it without
 * statistics (thirteenth session). The visibility map is best effort: a page is marked only when no
 * snapshot in the database is older than its rows, and autovacuum analysing another table holds one. VACUUM holds one table at a time, so two instances
 * settling at once wait for each other table by table and never deadlock. SQLite needs nothing: its
 * planner reads the indexes as they are.
 */
import type { Db } from '../engine/db';
import { query } from '../engine/query';

const VACUUM_ANALYZE = query('VACUUM (ANALYZE)');

/** On PostgreSQL, bring statistics and the visibility map up to date; on SQLite, nothing. */
export async function settleAfterBulkImport(db: Db): Promise<void> {
  if (db.engine !== 'postgres') return;
  await db.run(VACUUM_ANALYZE);
}
