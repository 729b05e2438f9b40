/**
 * A fresh PostgreSQL database for one test file, at the committed schema, dropped afterwards: test
 * files run in parallel workers and never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migratePostgres } from '../../src/pg/migrate';

export const pgAdminUrl = (): string => inject('pgAdminUrl');

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgAdminUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** `migrate: false` leaves it empty, for tests of the migrations themselves. */
export async function createTestDatabase({ migrate = true } = {}): Promise<TestDatabase> {
  const name = `ipb_test_${process.env.VITEST_POOL_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  // UTF-8 with C.UTF-8's character classes whatever the server's default: trigrams of Chinese need them.
  await admin((c) =>
    c.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`),
  );
  const url = new URL(pgAdminUrl());
  url.pathname = `/${name}`;
  if (migrate) await migratePostgres(url.toString());
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
