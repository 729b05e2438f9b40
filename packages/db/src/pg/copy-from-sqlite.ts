/**
 * Copy a SQLite database into an empty PostgreSQL one at the same schema, row for row with their
 * ids, converting what the engines store differently (0/1 → boolean). One transaction: all or
 * nothing. Triggers are off while it runs (`session_replication_role = replica`): the tables they
 * keep (region_counts, the serving copies) are copied as SQLite's triggers left them, not counted
 * twice; generated columns are left to PostgreSQL, and identity sequences continue after the
 * highest id. Tests use it to set the same rows before both engines; data/ itself now goes into
 * PostgreSQL through the one import loop (importAll). Needs a superuser (as the local cluster's).
 */
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { DbHandle } from '../create-db';
import * as pgSchema from './schema';

const BATCH = 500;

/** Every table of the PostgreSQL schema. */
export const PG_TABLES: PgTable[] = (Object.values(pgSchema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));

/** One table's rows, with triggers as the caller left them; the identity sequence moves past them. */
export async function copyTable(sqlite: DbHandle, client: pg.ClientBase, table: PgTable): Promise<number> {
  const config = getTableConfig(table);
  const rows = sqlite.sqlite.prepare(`SELECT * FROM "${config.name}" ORDER BY rowid`).all() as Record<
    string,
    unknown
  >[];
  // PostgreSQL-only columns (search vectors) keep their defaults.
  const columns = config.columns.filter((c) => !c.generated && (rows.length === 0 || c.name in rows[0]!));
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = rows.slice(at, at + BATCH);
    const values = batch.flatMap((row) =>
      columns.map((c) => (c.columnType === 'PgBoolean' && row[c.name] !== null ? row[c.name] === 1 : row[c.name])),
    );
    const tuples = batch.map((_, i) => `(${columns.map((__, j) => `$${i * columns.length + j + 1}`).join(', ')})`);
    await client.query(`INSERT INTO "${config.name}" (${names}) VALUES ${tuples.join(', ')}`, values);
  }
  for (const c of columns.filter((c) => c.generatedIdentity)) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence('"${config.name}"', '${c.name}'), coalesce(max("${c.name}"), 0) + 1, false) FROM "${config.name}"`,
    );
  }
  return rows.length;
}

/** Copy `tables` (default: all); returns the rows copied per table. */
export async function copySqliteToPostgres(
  sqlite: DbHandle,
  client: pg.ClientBase,
  tables: PgTable[] = PG_TABLES,
): Promise<Record<string, number>> {
  const copied: Record<string, number> = {};
  await client.query('BEGIN');
  try {
    await client.query('SET LOCAL session_replication_role = replica');
    for (const table of tables) copied[getTableConfig(table).name] = await copyTable(sqlite, client, table);
    await client.query('COMMIT');
    return copied;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}
