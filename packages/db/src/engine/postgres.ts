/**
 * The async Db over a pool of PostgreSQL connections. Each query is a named prepared statement:
 * a connection parses and plans it on first use and reuses the plan afterwards, as SQLite's
 * statement cache does.
 */
import type pg from 'pg';
import type { Db } from './db';
import type { Query } from './query';

export function postgresDb(pool: pg.Pool): Db {
  const all = async <T>(q: Query, params: readonly unknown[] = []): Promise<T[]> => {
    const result = await pool.query({ name: q.name, text: q.postgres, values: [...params] });
    return result.rows as T[];
  };
  return {
    engine: 'postgres',
    all,
    get: async <T>(q: Query, params?: readonly unknown[]) => (await all<T>(q, params))[0],
  };
}
