/**
 * Copy tables from a SQLite database into a PostgreSQL one at the same schema, row for row with
 * their ids, converting what the engines store differently (0/1 → boolean). Generated columns, and
 * columns only PostgreSQL has, are left to PostgreSQL. For tests that compare the engines on real data (data/ loaded into SQLite).
 */
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { DbHandle } from '../../src/create-db';

const BATCH = 500;

export async function copyToPg(sqlite: DbHandle, client: pg.Client, tables: PgTable[]): Promise<void> {
  for (const table of tables) {
    const config = getTableConfig(table);
    // PostgreSQL's own columns (a figure's search_vector) keep their defaults.
    const inSqlite = new Set(
      (sqlite.sqlite.pragma(`table_info("${config.name}")`) as Array<{ name: string }>).map((c) => c.name),
    );
    const columns = config.columns.filter((c) => !c.generated && inSqlite.has(c.name));
    const rows = sqlite.sqlite.prepare(`SELECT * FROM "${config.name}" ORDER BY rowid`).all() as Record<
      string,
      unknown
    >[];
    const names = columns.map((c) => `"${c.name}"`).join(', ');
    for (let at = 0; at < rows.length; at += BATCH) {
      const batch = rows.slice(at, at + BATCH);
      const values = batch.flatMap((row) =>
        columns.map((c) => (c.columnType === 'PgBoolean' && row[c.name] !== null ? row[c.name] === 1 : row[c.name])),
      );
      const tuples = batch.map((_, i) => `(${columns.map((__, j) => `$${i * columns.length + j + 1}`).join(', ')})`);
      await client.query(`INSERT INTO "${config.name}" (${names}) VALUES ${tuples.join(', ')}`, values);
    }
  }
}
