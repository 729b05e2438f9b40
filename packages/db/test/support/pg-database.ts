/**
 * A fresh PostgreSQL database for one test file, at the committed schema, dropped afterwards: test
 * files run in parallel workers and never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migratePostgres } from '../../src/pg/migrate';
// For its ProvidedContext (pgAdminUrl, pgRunTemplates) in projects that compile this file without it.
import type {} from './pg-setup';

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
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * `migrate: false` leaves it empty, for tests of the migrations themselves. A migrated database is
 * a copy of the run's template of the committed schema (fromRunTemplate), migrated once a run
 * instead of once a test file; `from` copies another template of the run.
 */
export async function createTestDatabase({ migrate = true, from }: { migrate?: boolean; from?: string } = {}) {
  if (migrate && !from) return fromRunTemplate(`${inject('pgRunTemplates')}schema`, migratePostgres);
  const name = `ipb_test_${process.env.VITEST_POOL_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  // UTF-8 with C.UTF-8's character classes whatever the server's default: trigrams of Chinese need them.
  // A copy keeps its template's.
  const source = from ? `"${from}"` : `template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`;
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE ${source}`));
  const url = new URL(pgAdminUrl());
  url.pathname = `/${name}`;
  const database: TestDatabase = {
    name,
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE "${name}" WITH (FORCE)`)).then(() => undefined),
  };
  return database;
}

/**
 * A database of its own, copied from the run's template `template` (pg-setup.ts drops it after the
 * run). The first caller builds the template: `start` makes a database (by default an empty one),
 * `fill` fills it, and it is renamed to `template` once whole and closed to connections (a template
 * with a session in it cannot be copied). Callers take turns by an advisory lock, so it is built
 * once, and a caller finds no template or a whole one; a failed build is dropped and the next
 * caller tries again.
 */
export async function fromRunTemplate(
  template: string,
  fill: (url: string) => Promise<void>,
  start: () => Promise<TestDatabase> = () => createTestDatabase({ migrate: false }),
): Promise<TestDatabase> {
  await admin(async (c) => {
    await c.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (found.rowCount) return;
      const building = await start();
      try {
        await fill(building.url);
        await c.query(`ALTER DATABASE "${building.name}" RENAME TO "${template}"`);
      } catch (err) {
        await building.drop();
        throw err;
      }
      await c.query(`ALTER DATABASE "${template}" WITH ALLOW_CONNECTIONS false`);
    } finally {
      await c.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return createTestDatabase({ from: template });
}
