/**
 * The async Db over a pool of PostgreSQL connections. Each query is a named prepared statement:
 * a connection parses and plans it on first use and reuses the plan afterwards, as SQLite's
 * statement cache does. A transaction holds one pooled connection, and first takes the write lock
 * that every instance shares (a transaction-scoped advisory lock): one writer at a time, as on
 * SQLite, across all API instances.
 */
import type pg from 'pg';
import { type Db, WriterBusy } from './db';
import type { Query } from './query';

/** The advisory lock key of writes (any constant; the same in every instance). */
export const WRITE_LOCK = 1_300_016;

function on(connection: pg.Pool | pg.PoolClient, transaction: Db['transaction']): Db {
  const execute = (q: Query, params: readonly unknown[]) =>
    connection.query({ name: q.name, text: q.postgres, values: [...params] });
  return {
    engine: 'postgres',
    all: async <T>(q: Query, params: readonly unknown[] = []) => (await execute(q, params)).rows as T[],
    get: async <T>(q: Query, params: readonly unknown[] = []) => (await execute(q, params)).rows[0] as T | undefined,
    rows: async <T extends readonly unknown[]>(q: Query, params: readonly unknown[] = []) =>
      (await connection.query({ name: q.name, text: q.postgres, values: [...params], rowMode: 'array' }))
        .rows as unknown as T[],
    run: async (q: Query, params: readonly unknown[] = []) => ({ changes: (await execute(q, params)).rowCount ?? 0 }),
    transaction,
  };
}

export function postgresDb(pool: pg.Pool): Db {
  const transaction = async <T>(fn: (tx: Db) => Promise<T>, options?: { whenFree?: boolean }): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      if (options?.whenFree) {
        const taken = await client.query<{ taken: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS taken', [
          WRITE_LOCK,
        ]);
        if (!taken.rows[0]?.taken) throw new WriterBusy();
      } else await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      // A transaction inside this one joins it.
      const tx: Db = on(client, (inner) => inner(tx));
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };
  return on(pool, transaction);
}
