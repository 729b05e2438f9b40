/**
 * After a bulk import PostgreSQL is vacuumed and analysed once (pg/maintenance.ts). A table that
 * another session holds at that moment — autovacuum, set going by the import's own inserts — is
 * waited for, not passed over: passed over, it kept no statistics of ours and no visibility map.
 *
 * The statistics are asserted, not the visibility map: VACUUM marks a page all-visible only when no
 * snapshot in the database is older than its rows, and an autovacuum worker analysing another table
 * of the same database holds such a snapshot for a moment (1 run in 4 here, with nothing of ours
 * open). The visibility map is the best VACUUM can do at that instant; autovacuum completes it later.
 */
import pg from 'pg';
import { expect, it } from 'vitest';
import { WAIT_MS } from '../../../scripts/test-budget';
import { postgresDb } from '../src/engine/postgres';
import { settleAfterBulkImport } from '../src/pg/maintenance';
import { describeOnBothEngines } from './support/both-engines';

describeOnBothEngines('PostgreSQL after a bulk import', (engines) => {
  it('analyses a table another session holds, once it lets go', async () => {
    // autovacuum off on this table, so that only the settling can mark its pages.
    await engines.client.query(
      'CREATE TABLE held (id int PRIMARY KEY, v text) WITH (autovacuum_enabled = false);' +
        "INSERT INTO held SELECT g, repeat('x', 40) FROM generate_series(1, 5000) g",
    );
    const holder = new pg.Client({ connectionString: engines.url });
    await holder.connect();
    try {
      // What autovacuum holds while it works on a table.
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE held IN SHARE UPDATE EXCLUSIVE MODE');
      let settled = false;
      const settling = settleAfterBulkImport(postgresDb(engines.pool)).then(() => {
        settled = true;
      });
      // Either the VACUUM waits for the lock, or it has already finished (having passed the table over).
      const waiting = async () => {
        const { rows } = await engines.client.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'VACUUM%'",
        );
        return (rows[0]?.n ?? 0) > 0;
      };
      await expect.poll(async () => settled || (await waiting()), { timeout: WAIT_MS }).toBe(true);
      await holder.query('COMMIT');
      await settling;
    } finally {
      await holder.end();
    }
    // Passed over (SKIP_LOCKED), the table has no statistics at all: reltuples -1.
    const { rows } = await engines.client.query<{ reltuples: number }>(
      "SELECT reltuples FROM pg_class WHERE oid = to_regclass('held')",
    );
    expect(rows[0]?.reltuples).toBe(5000);
  });
});
