/**
 * A describe block for tests that set SQLite beside PostgreSQL: a fresh PostgreSQL database (with a
 * client and a small pool) and an in-memory SQLite, both at their committed schemas, closed and
 * dropped afterwards. Skipped, with the reason in its title, where there is no PostgreSQL.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createDb, type DbHandle } from '../../src/create-db';
import { type ClosablePool, closablePool } from '../../src/pg/pool';
import { createTestDatabase, pgAdminUrl, type TestDatabase } from './pg-database';
import { NO_POSTGRES } from './pg-setup';

export interface Engines {
  url: string;
  client: pg.Client;
  pool: pg.Pool;
  sqlite: DbHandle;
}

export function describeOnBothEngines(title: string, body: (engines: Engines) => void): void {
  const available = Boolean(pgAdminUrl());
  describe.skipIf(!available)(available ? title : `${title} (skipped: ${NO_POSTGRES})`, () => {
    const engines = {} as Engines;
    let database: TestDatabase | undefined;
    let pool: ClosablePool | undefined;

    beforeAll(async () => {
      database = await createTestDatabase();
      engines.url = database.url;
      engines.client = new pg.Client({ connectionString: database.url });
      await engines.client.connect();
      pool = closablePool({ connectionString: database.url, max: 2 });
      engines.pool = pool.pool;
      engines.sqlite = createDb(':memory:');
    });

    afterAll(async () => {
      engines.sqlite?.close();
      await engines.client?.end();
      await pool?.end();
      await database?.drop();
    });

    body(engines);
  });
}
