/**
 * Copy tables from a SQLite database into a PostgreSQL one at the same schema, row for row, with
 * PostgreSQL's triggers on, so they build the serving tables from the copied rows (unlike
 * `copySqliteToPostgres`, which copies those tables too, with triggers off). For tests that compare
 * the engines on real data (data/ loaded into SQLite).
 */
import type { PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { DbHandle } from '../../src/create-db';
import { copyTable } from '../../src/pg/copy-from-sqlite';

export async function copyToPg(sqlite: DbHandle, client: pg.Client, tables: PgTable[]): Promise<void> {
  for (const table of tables) await copyTable(sqlite, client, table);
}
